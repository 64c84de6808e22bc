package org.baytrack.runner.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The chaos report as the terminal shows it. */
final class ChaosTable {
    private ChaosTable() {
    }

    static void print(JsonNode r, PrintWriter out) {
        List<String> kills = new ArrayList<>();
        r.get("kills").forEach(k -> kills.add(k.get("target").asText() + "@" + k.get("at_s").asDouble() + "s"));
        out.println();
        row(out, "documents sent / accepted / refused", r.get("docs") + " / " + r.get("accepted") + " / " + r.get("refused")
                + "  (" + r.get("ingest_retries") + " retries)");
        row(out, "kills (SIGKILL, then restart)", r.get("kills").size() + ": " + String.join(" ", kills));
        row(out, "cataloged / not / twice", r.get("cataloged") + " / " + r.get("not_cataloged") + " / "
                + r.get("cataloged_twice"));
        row(out, "alerts the tracker published", r.get("expected_alerts").asText());
        row(out, "  reached the webhook / missing / twice", r.get("delivered") + " / " + r.get("not_delivered") + " / "
                + r.get("webhook_repeats") + "  (bad signatures " + r.get("bad_signatures") + ")");
        row(out, "  reached the SSE stream / missing", r.get("streamed") + " / " + r.get("not_streamed") + "  ("
                + r.get("stream_reconnects") + " reconnects with Last-Event-ID, " + r.get("stream_repeats") + " repeats)");
        row(out, "  one document alerted twice / unexpected", r.get("alerted_twice") + " / " + r.get("unexpected_alerts"));
        row(out, "outbox rows unsent / parked", sum(r.get("outbox_unsent")) + " / " + sum(r.get("outbox_rejected")));
        row(out, "dead letters", r.get("dead_letters").asText());
        row(out, "LOST / DUPLICATES", r.get("lost") + " / " + r.get("duplicates"));
        row(out, "run time (s)", r.get("seconds").asText());
        out.flush();
    }

    private static long sum(JsonNode counts) {
        long n = 0;
        for (JsonNode c : counts) {
            n += c.asLong();
        }
        return n;
    }

    private static void row(PrintWriter out, String label, String value) {
        out.println(String.format("%-44s %s", label, value));
    }
}
