package org.baytrack.runner.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code ./baytrack mail} shows of a message: when, to whom, the subject and the first lines of its text. */
public record MailSummary(Instant date, String to, String subject, List<String> firstLines) {

    public static MailSummary of(MimeMessage message, int lines) {
        try {
            String deliveredTo = message.getHeader("Delivered-To", null);
            String to = deliveredTo != null ? deliveredTo
                    : message.getRecipients(Message.RecipientType.TO) == null ? "" : Arrays.stream(
                    message.getRecipients(Message.RecipientType.TO)).map(Object::toString).collect(Collectors.joining(", "));
            Instant date = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            String subject = message.getSubject() == null ? "" : message.getSubject();
            return new MailSummary(date, to, subject, firstLines(plainText(message), lines));
        } catch (MessagingException | IOException e) {
            return new MailSummary(null, "?", "(unreadable message: " + e.getMessage() + ")", List.of());
        }
    }

    /** The text/plain body, or the first text/plain part of a multipart one; empty when there is none. */
    static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = plainText(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    static List<String> firstLines(String text, int lines) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (kept.size() == lines) {
                break;
            }
            if (!line.isBlank()) {
                kept.add(line.strip());
            }
        }
        return kept;
    }
}
