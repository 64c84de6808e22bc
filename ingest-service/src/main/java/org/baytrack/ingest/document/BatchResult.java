package org.baytrack.ingest.document;

import java.util.List;

/** Per-item outcome of a batch; a rejected item says why and does not affect the others. */
public record BatchResult(int accepted, int duplicate, int rejected, List<Item> items) {
    public record Item(String item, String id, String status, String error) {
    }

    static BatchResult of(List<Item> items) {
        int accepted = (int) items.stream().filter(i -> IntakeResult.ACCEPTED.equals(i.status())).count();
        int duplicate = (int) items.stream().filter(i -> IntakeResult.DUPLICATE.equals(i.status())).count();
        return new BatchResult(accepted, duplicate, items.size() - accepted - duplicate, items);
    }
}
