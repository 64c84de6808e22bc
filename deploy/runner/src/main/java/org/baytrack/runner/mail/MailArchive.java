package org.baytrack.runner.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A folder of received messages, one RFC 5322 {@code .eml} file per delivery, named so that name order is arrival
 * order. Each file starts with a {@code Delivered-To} line naming the envelope recipient. A file appears whole
 * (written aside, then moved), so a reader never sees half a message.
 */
public final class MailArchive {
    private static final Session SESSION = Session.getInstance(new Properties());

    private final Path dir;
    private final AtomicLong sequence = new AtomicLong();

    public MailArchive(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public void store(String recipient, MimeMessage message) {
        try {
            Files.createDirectories(dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(("Delivered-To: " + recipient + "\r\n").getBytes(StandardCharsets.US_ASCII));
            message.writeTo(bytes);
            String name = String.format("%013d-%06d", System.currentTimeMillis(), sequence.incrementAndGet());
            Path aside = dir.resolve("." + name + ".tmp");
            Files.write(aside, bytes.toByteArray());
            Files.move(aside, dir.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a received message in " + dir, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not write a received message: " + e.getMessage(), e);
        }
    }

    /** The messages' files, oldest first; none when the folder does not exist yet. */
    public List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + dir, e);
        }
    }

    public static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(SESSION, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        } catch (MessagingException e) {
            throw new IllegalStateException(file + " is no readable message: " + e.getMessage(), e);
        }
    }
}
