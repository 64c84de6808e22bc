package org.baytrack.runner.stack;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.baytrack.runner.mail.MailArchive;

import java.util.List;

/**
 * The local stack's SMTP server (GreenMail), on localhost only. It accepts mail for any address and keeps it in
 * memory, and it copies every message to the {@link MailArchive}, from which {@code ./baytrack mail} reads and
 * which outlives the stack.
 */
public final class MailServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final int port;

    private MailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    public static MailServer start(int port, MailArchive archive) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        var users = greenMail.getUserManager();
        MessageDeliveryHandler standard = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            var user = standard.handle(message, address);
            archive.store(address.getEmail(), message.getMessage());
            return user;
        });
        greenMail.start();
        return new MailServer(greenMail, port);
    }

    public int port() {
        return port;
    }

    /** Every message received since start, one per recipient, in arrival order. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
