package org.baytrack.infra.test;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A service whose reads need a key too ({@code baytrack.access.open-reads=false}), for its closed-reads test. */
public class ClosedReads implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("baytrack.access.open-reads", "false");
    }
}
