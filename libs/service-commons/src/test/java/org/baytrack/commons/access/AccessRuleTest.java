package org.baytrack.commons.access;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRuleTest {
    private static final AccessKeys KEYS = new AccessKeys(Optional.of("ingest-secret-1"), Optional.of("admin-secret-2"));

    @ParameterizedTest(name = "{0} with open reads {1} and [{2}] -> {3}")
    @CsvSource(nullValues = "none", value = {
            "READ,   true,  none,                    ALLOW",
            "READ,   true,  Bearer wrong,            ALLOW",
            "READ,   false, none,                    MISSING",
            "READ,   false, Bearer wrong,            UNKNOWN",
            "READ,   false, Bearer ingest-secret-1,  ALLOW",
            "READ,   false, Bearer admin-secret-2,   ALLOW",
            "INGEST, true,  none,                    MISSING",
            "INGEST, true,  Basic ingest-secret-1,   MISSING",
            "INGEST, true,  Bearer ,                 MISSING",
            "INGEST, true,  Bearer ingest-secret-1x, UNKNOWN",
            "INGEST, true,  Bearer ingest-secret-1,  ALLOW",
            "INGEST, true,  bearer  ingest-secret-1 , ALLOW",
            "INGEST, true,  Bearer admin-secret-2,   ALLOW",
            "ADMIN,  true,  none,                    MISSING",
            "ADMIN,  true,  Bearer ingest-secret-1,  TOO_SMALL",
            "ADMIN,  false, Bearer ingest-secret-1,  TOO_SMALL",
            "ADMIN,  true,  Bearer admin-secret-2,   ALLOW",
            "ADMIN,  true,  Bearer ADMIN-SECRET-2,   UNKNOWN",
    })
    void decidesByScopeKeyAndReadPolicy(Scope needed, boolean openReads, String header, AccessRule.Verdict expected) {
        assertThat(AccessRule.decide(needed == Scope.READ ? null : needed, openReads, header, KEYS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with no key configured -> {1}")
    @CsvSource({"INGEST, UNKNOWN", "ADMIN, UNKNOWN"})
    void withoutConfiguredKeysEveryWriteIsRefused(Scope needed, AccessRule.Verdict expected) {
        AccessKeys none = new AccessKeys(Optional.empty(), Optional.of("  "));
        assertThat(none.none()).isTrue();
        assertThat(AccessRule.decide(needed, true, "Bearer anything", none)).isEqualTo(expected);
        assertThat(AccessRule.decide(needed, true, "Bearer ", none)).isEqualTo(AccessRule.Verdict.MISSING);
    }

    @ParameterizedTest(name = "one value for both keys grants {0}")
    @CsvSource("ADMIN")
    void aKeyGivenForBothScopesGrantsTheLarger(Scope expected) {
        AccessKeys same = new AccessKeys(Optional.of("same-secret"), Optional.of("same-secret"));
        assertThat(same.scopeOf("same-secret")).contains(expected);
    }
}
