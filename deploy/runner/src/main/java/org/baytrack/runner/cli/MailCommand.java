package org.baytrack.runner.cli;

import org.baytrack.runner.mail.MailArchive;
import org.baytrack.runner.mail.MailFeed;
import org.baytrack.runner.mail.MailListing;
import org.baytrack.runner.mail.MailSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "mail", mixinStandardHelpOptions = true,
        description = {"Lists the e-mail the local stack sent: to, subject and the first lines, oldest first.",
                "`up` runs an SMTP server on localhost:1025 that keeps every message in <data dir>/mail/."})
public final class MailCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--follow"}, description = "keep printing new mail until Ctrl-C")
    boolean follow;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "only mail to addresses containing this")
    String to;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "4", description = "lines of each message's text (default ${DEFAULT-VALUE})")
    int lines;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder of the stack (env BAYTRACK_HOME, default <repo>/.baytrack)")
    Path dataDirOption;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        MailArchive archive = new MailArchive(RunnerHome.dataDir(dataDirOption).resolve("mail"));
        MailFeed feed = new MailFeed(archive, lines, to);
        MailListing listing = new MailListing(ZoneId.systemDefault());
        List<MailSummary> first = feed.next();
        first.forEach(m -> out.println(listing.format(m)));
        out.println(first.size() + " message(s) in " + archive.dir()
                + (follow ? "; waiting for more (Ctrl-C to stop)" : ""));
        out.flush();
        while (follow) {
            Thread.sleep(500);
            feed.next().forEach(m -> {
                out.println(listing.format(m));
                out.flush();
            });
        }
        return 0;
    }
}
