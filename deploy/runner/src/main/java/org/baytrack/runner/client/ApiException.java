package org.baytrack.runner.client;

/** A service answered with an error, or could not be reached; the message is meant for the user. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** HTTP status, 0 when the service was not reachable. */
    public int status() {
        return status;
    }
}
