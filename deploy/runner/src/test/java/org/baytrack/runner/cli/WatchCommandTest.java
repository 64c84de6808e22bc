package org.baytrack.runner.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WatchCommandTest {
    @Test
    void anAgreementAlertNamesItsAgreementItsChangeAndItsEvidence() {
        String line = WatchCommand.format("""
                {"type":"org.baytrack.agreement.changed","data":{"agreementId":"agr-0123456789ab","change":"progress",
                "previous":{"status":"in_implementation","items":16,"done":4},
                "current":{"status":"in_implementation","items":16,"done":9},
                "evidence":{"sentence":"测试协议的16个事项已完成9项。","published":"2024-02-01"}}}""");

        assertThat(line).startsWith("(2024-02-01)  agr-0123456789ab  progress  in_implementation")
                .contains("测试协议的16个事项已完成9项。");
    }
}
