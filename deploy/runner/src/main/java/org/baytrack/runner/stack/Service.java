package org.baytrack.runner.stack;

import java.nio.file.Path;

/** The four Baytrack services: module folder, database and the HTTP port they use on a developer machine. */
public enum Service {
    INGEST("ingest-service", "ingest", 8081),
    CATALOG("catalog-service", "catalog", 8082),
    TRACKER("tracker-service", "tracker", 8083),
    NOTIFICATION("notification-service", "notification", 8084);

    private final String module;
    private final String database;
    private final int defaultPort;

    Service(String module, String database, int defaultPort) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    /** Folder of the Maven module, also the process and log name. */
    public String module() {
        return module;
    }

    /** Short name used on the command line and in tables: ingest, catalog, tracker, notification. */
    public String shortName() {
        return database;
    }

    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The Quarkus fast-jar the module's build produces. */
    public Path appJar(Path projectRoot) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Environment variable that points the command-line clients at this service, e.g. BAYTRACK_INGEST_URL. */
    public String urlVariable() {
        return "BAYTRACK_" + name() + "_URL";
    }
}
