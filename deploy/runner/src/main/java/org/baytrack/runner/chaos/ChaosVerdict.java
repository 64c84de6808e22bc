package org.baytrack.runner.chaos;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a chaos run found, from what the run saw and what the stack holds afterwards. Lost: an accepted document
 * the catalog never got, an alert the tracker published that the webhook or the stream never delivered. Duplicates:
 * a document cataloged twice, an alert delivered twice under one event id, a document alerted under two event ids.
 */
record ChaosVerdict(int accepted, int cataloged, int notCataloged, int catalogedTwice, int expectedAlerts,
                    int delivered, int notDelivered, int notStreamed, int deliveredTwice, int alertedTwice,
                    int unexpected) {

    /**
     * @param accepted        the ids ingest answered 202 for (or, on a retry, "already have it")
     * @param articles        catalog articles per accepted document id
     * @param expected        the event ids of the status changes the tracker recorded for the run's projects
     * @param webhooked       event ids the webhook received
     * @param deliveredTwice  webhook deliveries of an event id it had received before
     * @param streamed        event ids the SSE stream delivered
     * @param alertedTwice    documents whose alert came under more than one event id
     */
    static ChaosVerdict of(Collection<String> accepted, Map<String, Integer> articles, Set<String> expected,
                           Set<String> webhooked, int deliveredTwice, Set<String> streamed, int alertedTwice) {
        int cataloged = (int) accepted.stream().filter(id -> articles.getOrDefault(id, 0) > 0).count();
        int twice = (int) accepted.stream().filter(id -> articles.getOrDefault(id, 0) > 1).count();
        int delivered = (int) expected.stream().filter(webhooked::contains).count();
        int notStreamed = (int) expected.stream().filter(id -> !streamed.contains(id)).count();
        int unexpected = (int) webhooked.stream().filter(id -> !expected.contains(id)).count();
        return new ChaosVerdict(accepted.size(), cataloged, accepted.size() - cataloged, twice, expected.size(),
                delivered, expected.size() - delivered, notStreamed, deliveredTwice, alertedTwice, unexpected);
    }

    int lost() {
        return notCataloged + notDelivered + notStreamed;
    }

    int duplicates() {
        return catalogedTwice + deliveredTwice + alertedTwice;
    }
}
