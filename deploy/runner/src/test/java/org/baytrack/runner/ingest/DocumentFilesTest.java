package org.baytrack.runner.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFilesTest {
    @Test
    void foldersAreWalkedSkippingHiddenFilesAndReadmes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "x");
        Files.writeString(dir.resolve("README.md"), "x");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.html"), "x");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "x");
        assertThat(DocumentFiles.expand(List.of(dir))).containsExactly(dir.resolve("b.txt"), dir.resolve("sub/a.html"));
    }

    @Test
    void contentTypeFollowsTheExtension() {
        assertThat(DocumentFiles.contentType(Path.of("a.HTML"))).isEqualTo("text/html");
        assertThat(DocumentFiles.contentType(Path.of("a.json"))).isEqualTo("application/json");
        assertThat(DocumentFiles.contentType(Path.of("a.txt"))).isEqualTo("text/plain");
    }
}
