package org.baytrack.notification.subscription;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsAtRestRulesTest {
    @Test
    void aMissingKeyStopsTheServiceOnlyWhenSecretsAreStored() {
        assertThat(SecretsAtRest.refusal(Optional.empty(), false, 0)).isEmpty();
        assertThat(SecretsAtRest.refusal(Optional.empty(), false, 3)).hasValueSatisfying(p -> assertThat(p)
                .startsWith("3 subscriptions store webhook secrets").contains("BAYTRACK_NOTIFICATION_SECRET_KEY")
                .contains(".baytrack/secret-key"));
        assertThat(SecretsAtRest.refusal(Optional.empty(), true, 3)).isEmpty();
    }

    @Test
    void aMalformedKeyAlwaysStopsIt() {
        assertThat(SecretsAtRest.refusal(Optional.of("baytrack.notification.secret-key is 5 bytes"), false, 0))
                .contains("baytrack.notification.secret-key is 5 bytes");
    }
}
