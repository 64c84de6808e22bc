package org.baytrack.runner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

class LogRelayTest {
    private final StringWriter terminal = new StringWriter();

    @Test
    void relaysOnlyWhatTheLogGainsAfterItStarts(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("runner.log");
        Files.writeString(log, "an earlier run\n");
        LogRelay relay = LogRelay.fromEnd(log, new PrintWriter(terminal));
        append(log, "All 4 services ready\n".getBytes(StandardCharsets.UTF_8));
        relay.relay();
        relay.relay();
        assertThat(terminal).hasToString("All 4 services ready\n");
    }

    @Test
    void holdsBackALineUntilItEndsSoACharacterIsNeverSplit(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("runner.log");
        LogRelay relay = LogRelay.fromEnd(log, new PrintWriter(terminal));
        relay.relay();
        byte[] line = "黄茅海 ready\n".getBytes(StandardCharsets.UTF_8);
        append(log, java.util.Arrays.copyOf(line, 2));
        relay.relay();
        assertThat(terminal.toString()).isEmpty();
        append(log, java.util.Arrays.copyOfRange(line, 2, line.length));
        relay.relay();
        assertThat(terminal).hasToString("黄茅海 ready\n");
    }

    private static void append(Path log, byte[] bytes) throws Exception {
        Files.write(log, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
