package org.baytrack.runner.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetricTextTest {
    static final String EXPOSITION = """
            # HELP process_uptime_seconds The uptime of the Java virtual machine
            # TYPE process_uptime_seconds gauge
            process_uptime_seconds_max 9.0
            process_uptime_seconds 471.894
            jvm_info_total{runtime="OpenJDK Runtime Environment"} 1.0
            """;

    @Test
    void readsAnUnlabelledSampleAndNotOneWhoseNameOnlyStartsTheSame() {
        assertThat(BaytrackClient.metric(EXPOSITION, "process_uptime_seconds")).hasValue(471.894);
    }

    @Test
    void aMissingOrMalformedSampleIsEmpty() {
        assertThat(BaytrackClient.metric(EXPOSITION, "process_cpu_usage")).isEmpty();
        assertThat(BaytrackClient.metric("process_uptime_seconds n/a\n", "process_uptime_seconds")).isEmpty();
    }
}
