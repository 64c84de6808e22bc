package org.baytrack.commons.transaction;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Whether a failure means the database is away (killed, restarting, refusing connections) rather than that the
 * event cannot be applied: the first passes and the event must wait for it, the second is the event's own.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P01-57P03: shut down by the administrator, crash, cannot connect now
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().startsWith("Acquisition timeout")) {
                // the connection pool could open no connection in time: the server is away
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the transaction manager could not commit: the work ran, then the commit failed (typically the
     * connection died under it, which Narayana reports without the SQL cause). Whether anything was committed is
     * unknown; idempotent work can simply run again.
     */
    public static boolean commitFailed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.transaction.RollbackException || t instanceof jakarta.transaction.HeuristicMixedException
                    || t instanceof jakarta.transaction.HeuristicRollbackException) {
                return true;
            }
        }
        return false;
    }
}
