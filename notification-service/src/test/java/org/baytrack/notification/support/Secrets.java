package org.baytrack.notification.support;

/** Webhook secrets in the Standard Webhooks form (whsec_ and the base64 of 24 bytes) for the tests. */
public final class Secrets {
    public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public static final String OTHER = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";

    private Secrets() {
    }
}
