package org.baytrack.infra;

import java.util.List;

/** What every service JVM is started with, whoever starts it: the runner, the tests of packaged services. */
public final class ServiceJvm {
    /**
     * Vert.x's own URI and header checks answer with an empty 400, service-commons' RequestShape with a problem body
     * that says what to send instead. Not JVM tuning, so no JVM options replace them. Dockerfile.jvm and the root
     * pom's test runs repeat them, as they cannot read this list.
     */
    public static final List<String> REQUEST_CHECKS_OFF = List.of("-Dvertx.disableURIValidation=true",
            "-Dvertx.disableHttpHeadersValidation=true");

    private ServiceJvm() {
    }
}
