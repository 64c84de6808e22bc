package org.baytrack.runner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SecretKeyFileTest {
    @Test
    void theKeyIsGeneratedOnceAs32BytesOnlyItsOwnerCanRead(@TempDir Path dataDir) throws Exception {
        String key = RunnerHome.secretKey(dataDir);
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        Path file = dataDir.resolve(RunnerHome.SECRET_KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(RunnerHome.secretKey(dataDir)).as("the same key on the next up").isEqualTo(key);
        assertThat(RunnerHome.secretKey(dataDir.resolve("other"))).isNotEqualTo(key);
    }
}
