package org.baytrack.notification.channel;

/**
 * The result of one try at delivering: success, or what went wrong in words for the delivery log. {@code gone}
 * means the endpoint answered 410 Gone: the receiver asks never to be called again.
 */
public record Attempt(boolean success, String error, boolean gone) {
    public static Attempt ok() {
        return new Attempt(true, null, false);
    }

    public static Attempt failed(String error) {
        return new Attempt(false, cut(error), false);
    }

    public static Attempt gone(String error) {
        return new Attempt(false, cut(error), true);
    }

    private static String cut(String error) {
        return error != null && error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
