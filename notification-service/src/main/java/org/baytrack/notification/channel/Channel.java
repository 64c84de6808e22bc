package org.baytrack.notification.channel;

/** A way an alert reaches a subscriber (a webhook, an e-mail); the delivery worker tries the one that carries it. */
public interface Channel {
    /** The channel's name in the delivery log and the metrics. */
    String name();

    /** Whether the subscription has an address of this channel's kind. */
    boolean carries(Envelope envelope);

    /** One try at delivering; a failure is an outcome, not an exception. */
    Attempt send(Envelope envelope);
}
