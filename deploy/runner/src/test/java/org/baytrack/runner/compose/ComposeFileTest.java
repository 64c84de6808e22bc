package org.baytrack.runner.compose;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml is checked by docker-compose itself, the way a user will read it. CI installs the tool
 * (.ci/run); a machine without it skips this check rather than pretend it passed.
 */
class ComposeFileTest {

    @Test
    void dockerComposeAcceptsTheComposeFile() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("baytrack.root", "../.."));
        Path compose = root.resolve("docker-compose.yml");
        assertThat(compose).exists();
        assumeTrue(onPath("docker-compose"), "docker-compose is not installed");
        Process check = new ProcessBuilder("docker-compose", "-f", compose.toString(), "config", "-q")
                .directory(root.toFile()).redirectErrorStream(true).start();
        boolean ended = check.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            check.destroyForcibly();
        }
        assertThat(ended).as("docker-compose config ended within 60 s").isTrue();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.exitValue()).as(output).isZero();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
