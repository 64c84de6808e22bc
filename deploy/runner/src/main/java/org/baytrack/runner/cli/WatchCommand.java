package org.baytrack.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baytrack.runner.client.BaytrackClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.util.concurrent.Callable;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follows the public alert stream (GET /alerts/stream, server-sent events) until Ctrl-C.")
public final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrlOptions urls;

    @Option(names = "--project", paramLabel = "ID", description = "only this project")
    String project;

    @Option(names = "--historical", description = "include changes rebuilt from old or backfilled documents")
    boolean historical;

    @Option(names = "--json", description = "print each alert's JSON as it arrives")
    boolean json;

    @Option(names = "--replay", description = "start with every alert so far, not just the next one")
    boolean replay;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        BaytrackClient client = new BaytrackClient(urls.endpoints());
        out.println("Watching alerts" + (project != null ? " for " + project : "") + " from "
                + client.endpoints().url(org.baytrack.runner.stack.Service.NOTIFICATION) + " (Ctrl-C to stop) ...");
        out.flush();
        client.streamAlerts(project, historical, replay ? Long.valueOf(0) : null, e -> {
            out.println(json ? e.data() : format(e.data()));
            out.flush();
        });
        return 0;
    }

    /** "2024-05-01  huangmaohai-passage  status_changed  under_construction -> opened", then the sentence. */
    static String format(String data) {
        JsonNode n;
        try {
            n = BaytrackClient.JSON.readTree(data);
        } catch (IOException e) {
            return data;
        }
        JsonNode payload = n.has("data") && n.get("data").isObject() ? n.get("data") : n;
        // an agreement alert names its agreement where a project alert names its project
        String project = payload.has("agreementId") ? BaytrackClient.text(payload, "agreementId")
                : BaytrackClient.text(payload, "projectId");
        String change = BaytrackClient.text(payload, "change");
        JsonNode prev = payload.get("previous");
        JsonNode cur = payload.get("current");
        JsonNode ev = payload.get("evidence");
        StringBuilder sb = new StringBuilder();
        String date = ev != null ? BaytrackClient.text(ev, "date") : null;
        if (date == null && ev != null && BaytrackClient.text(ev, "published") != null) {
            date = "(" + BaytrackClient.text(ev, "published") + ")";
        }
        sb.append(date != null ? date : "-").append("  ").append(project != null ? project : "?");
        if (change != null) {
            sb.append("  ").append(change);
        }
        if (cur != null) {
            String from = prev == null ? null : BaytrackClient.text(prev, "status");
            String to = BaytrackClient.text(cur, "status");
            sb.append("  ").append(from != null && !from.equals(to) ? from + " -> " : "").append(to);
            String forecast = BaytrackClient.text(cur, "forecastOpening");
            if (forecast != null) {
                sb.append("  (forecast opening ").append(forecast).append(")");
            }
        }
        if (ev != null && BaytrackClient.text(ev, "sentence") != null) {
            sb.append("\n    ").append(BaytrackClient.text(ev, "sentence"));
        }
        if (project == null && change == null) {
            return data;
        }
        return sb.toString();
    }
}
