package org.baytrack.runner.client;

import org.baytrack.runner.stack.Service;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointsTest {
    @Test
    void boardPageIsTheTrackersRootWhereverTheTrackerRuns() {
        Endpoints local = Endpoints.fromEnvironment().with(Service.TRACKER, "http://localhost:8083");
        assertThat(local.boardPage()).isEqualTo("http://localhost:8083/");
        Endpoints behindProxy = new Endpoints(Map.of(Service.INGEST, "http://i", Service.CATALOG, "http://c",
                Service.TRACKER, "https://board.example.org/", Service.NOTIFICATION, "http://n"));
        assertThat(behindProxy.boardPage()).isEqualTo("https://board.example.org/");
    }
}
