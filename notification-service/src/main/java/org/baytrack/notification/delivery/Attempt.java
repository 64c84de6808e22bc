package org.baytrack.notification.delivery;

/** The result of one try at delivering: success, or what went wrong in words for the delivery log. */
public record Attempt(boolean success, String error) {
    public static Attempt ok() {
        return new Attempt(true, null);
    }

    public static Attempt failed(String error) {
        return new Attempt(false, error.length() > 1000 ? error.substring(0, 1000) : error);
    }
}
