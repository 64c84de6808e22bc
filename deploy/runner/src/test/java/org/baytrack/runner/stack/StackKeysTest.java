package org.baytrack.runner.stack;

import org.baytrack.runner.client.ApiKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class StackKeysTest {
    @Test
    void bothKeysAreGeneratedOwnerOnlyAndKeptAcrossStarts(@TempDir Path dataDir) throws Exception {
        StackKeys.ensure(dataDir);
        String ingest = Files.readString(StackKeys.ingestFile(dataDir)).strip();
        String admin = Files.readString(StackKeys.adminFile(dataDir)).strip();
        assertThat(ingest).startsWith("bt_ingest_").hasSizeGreaterThan(30);
        assertThat(admin).startsWith("bt_admin_").hasSizeGreaterThan(30).isNotEqualTo(ingest);
        for (Path file : new Path[]{StackKeys.ingestFile(dataDir), StackKeys.adminFile(dataDir)}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }

        StackKeys.ensure(dataDir);
        assertThat(Files.readString(StackKeys.ingestFile(dataDir)).strip()).isEqualTo(ingest);
        assertThat(Files.readString(StackKeys.adminFile(dataDir)).strip()).isEqualTo(admin);
    }

    @Test
    void anEarlierApiKeyBecomesTheAdminKeySoItsSubscriptionsStayManageable(@TempDir Path dataDir) throws Exception {
        Path legacy = dataDir.resolve(StackKeys.LEGACY_FILE);
        Files.writeString(legacy, "bt_the-key-of-an-older-stack\n");
        Files.setPosixFilePermissions(legacy, PosixFilePermissions.fromString("rw-r--r--"));

        StackKeys.ensure(dataDir);

        assertThat(legacy).doesNotExist();
        assertThat(Files.readString(StackKeys.adminFile(dataDir)).strip()).isEqualTo("bt_the-key-of-an-older-stack");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(StackKeys.adminFile(dataDir))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(StackKeys.ingestFile(dataDir)).strip()).startsWith("bt_ingest_");
    }

    @Test
    void aLooseExistingKeyFileIsMadeOwnerOnly(@TempDir Path dataDir) throws Exception {
        Path admin = StackKeys.adminFile(dataDir);
        Files.writeString(admin, "bt_admin_written-by-hand\n");
        Files.setPosixFilePermissions(admin, PosixFilePermissions.fromString("rw-rw-rw-"));
        StackKeys.ensure(dataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(admin))).isEqualTo("rw-------");
        assertThat(Files.readString(admin).strip()).isEqualTo("bt_admin_written-by-hand");
    }

    @Test
    void theCommandLineSendsEachServiceTheKeyItChecksAndNeverPrintsOne(@TempDir Path dataDir) throws Exception {
        StackKeys.ensure(dataDir);
        ApiKeys keys = ApiKeys.of(dataDir);
        String ingest = Files.readString(StackKeys.ingestFile(dataDir)).strip();
        String admin = Files.readString(StackKeys.adminFile(dataDir)).strip();
        assertThat(keys.keyFor(Service.INGEST, "POST")).contains(ingest);
        assertThat(keys.keyFor(Service.CATALOG, "POST")).contains(admin);
        assertThat(keys.keyFor(Service.CATALOG, "DELETE")).contains(admin);
        assertThat(keys.keyFor(Service.NOTIFICATION, "PATCH")).contains(admin);
        assertThat(keys.keyFor(Service.TRACKER, "POST")).contains(ingest);
        assertThat(keys.keyFor(Service.NOTIFICATION, "GET")).contains(admin);
        assertThat(keys.keyFor(Service.CATALOG, "GET")).contains(ingest);
        assertThat(keys.toString()).doesNotContain(ingest, admin);
        assertThat(new ApiKeys(null, admin).keyFor(Service.INGEST, "POST")).as("admin may do what ingest may")
                .contains(admin);
        assertThat(ApiKeys.NONE.keyFor(Service.CATALOG, "POST")).isEmpty();
    }
}
