package org.baytrack.runner.stack;

/** The stack could not start; the message says why and what to do, for printing as it is. */
public class StackException extends Exception {
    public enum Reason { PORT_IN_USE, APP_MISSING, START_FAILED, NOT_READY }

    private final Reason reason;

    public StackException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StackException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
