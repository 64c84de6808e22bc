package org.baytrack.runner.cli;

import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Service;
import picocli.CommandLine.Option;

/** Where the services are: options override BAYTRACK_*_URL, which override localhost:8081-8084. */
public final class ServiceUrlOptions {
    @Option(names = "--ingest-url", paramLabel = "URL", description = "ingest-service base URL (env BAYTRACK_INGEST_URL, default http://localhost:8081)")
    String ingest;
    @Option(names = "--catalog-url", paramLabel = "URL", description = "catalog-service base URL (env BAYTRACK_CATALOG_URL, default http://localhost:8082)")
    String catalog;
    @Option(names = "--tracker-url", paramLabel = "URL", description = "tracker-service base URL (env BAYTRACK_TRACKER_URL, default http://localhost:8083)")
    String tracker;
    @Option(names = "--notification-url", paramLabel = "URL", description = "notification-service base URL (env BAYTRACK_NOTIFICATION_URL, default http://localhost:8084)")
    String notification;

    public Endpoints endpoints() {
        return Endpoints.fromEnvironment()
                .with(Service.INGEST, ingest)
                .with(Service.CATALOG, catalog)
                .with(Service.TRACKER, tracker)
                .with(Service.NOTIFICATION, notification);
    }
}
