package org.baytrack.runner.cli;

import org.baytrack.runner.client.ApiKeys;
import org.baytrack.runner.client.Endpoints;
import org.baytrack.runner.stack.Service;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Where the services are (options override BAYTRACK_*_URL, which override localhost:8081-8084) and which keys to
 * send them: BAYTRACK_INGEST_KEY / BAYTRACK_ADMIN_KEY, else the key files given, else those {@code up} wrote.
 */
public final class ServiceUrlOptions {
    @Option(names = "--ingest-url", paramLabel = "URL", description = "ingest-service base URL (env BAYTRACK_INGEST_URL, default http://localhost:8081)")
    String ingest;
    @Option(names = "--catalog-url", paramLabel = "URL", description = "catalog-service base URL (env BAYTRACK_CATALOG_URL, default http://localhost:8082)")
    String catalog;
    @Option(names = "--tracker-url", paramLabel = "URL", description = "tracker-service base URL (env BAYTRACK_TRACKER_URL, default http://localhost:8083)")
    String tracker;
    @Option(names = "--notification-url", paramLabel = "URL", description = "notification-service base URL (env BAYTRACK_NOTIFICATION_URL, default http://localhost:8084)")
    String notification;

    @Option(names = "--ingest-key-file", paramLabel = "FILE", description = "file holding the ingest key (env BAYTRACK_INGEST_KEY holds the key itself; default <data dir>/ingest-key)")
    Path ingestKeyFile;
    @Option(names = "--admin-key-file", paramLabel = "FILE", description = "file holding the admin key (env BAYTRACK_ADMIN_KEY holds the key itself; default <data dir>/admin-key)")
    Path adminKeyFile;

    public Endpoints endpoints() {
        return endpoints(null);
    }

    /** The endpoints with the keys of the data folder {@code dataDirOption} (null: the default one). */
    public Endpoints endpoints(Path dataDirOption) {
        return Endpoints.fromEnvironment()
                .with(ApiKeys.resolve(RunnerHome.dataDir(dataDirOption), ingestKeyFile, adminKeyFile))
                .with(Service.INGEST, ingest)
                .with(Service.CATALOG, catalog)
                .with(Service.TRACKER, tracker)
                .with(Service.NOTIFICATION, notification);
    }
}
