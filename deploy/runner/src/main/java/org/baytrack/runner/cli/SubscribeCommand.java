package org.baytrack.runner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.runner.client.BaytrackClient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "subscribe", mixinStandardHelpOptions = true,
        description = {"Subscribes a webhook or an e-mail address to project-status alerts (POST /subscriptions).",
                "Uses the API key from --api-key, BAYTRACK_API_KEY, or the one `up` wrote to .baytrack/api-key."})
public final class SubscribeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServiceUrlOptions urls;

    @Option(names = "--project", paramLabel = "ID", required = true,
            description = "project id (repeatable), or * for every project")
    List<String> projects;

    static final class Channel {
        @Option(names = "--webhook", paramLabel = "URL", required = true, description = "URL to POST each alert to (CloudEvents JSON, signed)")
        String webhook;
        @Option(names = "--email", paramLabel = "ADDRESS", required = true, description = "address to mail each alert to")
        String email;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Channel channel;

    @Option(names = "--secret", paramLabel = "SECRET", description = "webhook signing secret (default: generated and printed)")
    String secret;

    @Option(names = "--kind", paramLabel = "KIND", description = "only these changes (repeatable): status_changed, forecast_slipped, forecast_advanced, milestone, agreement")
    List<String> kinds;

    @Option(names = "--historical", description = "also alert changes rebuilt from old or backfilled documents")
    boolean historical;

    @Option(names = "--api-key", paramLabel = "KEY", description = "notification API key (env BAYTRACK_API_KEY)")
    String apiKey;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "where `up` wrote the API key (env BAYTRACK_HOME)")
    Path dataDirOption;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String key = RunnerHome.existingApiKey(apiKey, RunnerHome.dataDir(dataDirOption)).orElse(null);
        if (key == null) {
            err.println("error: no API key: pass --api-key or BAYTRACK_API_KEY, or start the stack with ./baytrack up (it writes .baytrack/api-key)");
            return 2;
        }
        ObjectNode body = BaytrackClient.JSON.createObjectNode();
        projects.forEach(body.putArray("projects")::add);
        if (kinds != null) {
            kinds.forEach(body.putArray("kinds")::add);
        }
        if (historical) {
            body.put("historical", true);
        }
        String usedSecret = null;
        if (channel.webhook != null) {
            usedSecret = secret != null ? secret : java.util.HexFormat.of().formatHex(randomBytes());
            body.putObject("webhook").put("url", channel.webhook).put("secret", usedSecret);
        } else {
            body.put("email", channel.email);
        }
        JsonNode created = new BaytrackClient(urls.endpoints()).subscribe(body, key);
        out.println("Subscribed: id " + BaytrackClient.text(created, "id") + " for " + String.join(", ", projects)
                + " -> " + (channel.webhook != null ? channel.webhook : channel.email));
        if (usedSecret != null && secret == null) {
            out.println("Webhook secret (verify Baytrack-Signature with it): " + usedSecret);
        }
        return 0;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        new java.security.SecureRandom().nextBytes(b);
        return b;
    }
}
