package org.baytrack.infra.test;

import org.baytrack.infra.LocalInfrastructure;

/** For tests that talk to the broker or database directly, beside the service under test. */
public final class RealInfrastructureAccess {
    private RealInfrastructureAccess() {
    }

    public static String kafkaBootstrapServers() {
        return LocalInfrastructure.sharedForTests().kafkaBootstrapServers();
    }

    public static String jdbcUrl(String database) {
        return LocalInfrastructure.sharedForTests().postgres().jdbcUrl(database);
    }
}
