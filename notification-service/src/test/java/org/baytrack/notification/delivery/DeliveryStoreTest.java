package org.baytrack.notification.delivery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.SmtpServerResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcomes of an attempt against the real table. An attempt may fail without a message (an exception that has
 * none): the null must land in last_error, and the values after it in their own columns.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class DeliveryStoreTest {
    @Inject
    DeliveryStore store;
    @Inject
    AgroalDataSource dataSource;

    final String subscription = "store-test-" + UUID.randomUUID();

    @Test
    void aFailureWithoutAMessageIsRescheduledAtItsNextAttemptAndClearsTheEarlierError() throws Exception {
        long id = pendingDelivery("event-1");
        Instant next = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MICROS);

        try (Connection c = dataSource.getConnection()) {
            store.rescheduled(c, id, null, next);
        }

        DeliveryView view = store.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo("pending");
        assertThat(view.lastError()).isNull();
        assertThat(view.nextAttemptAt().toInstant()).isEqualTo(next);
    }

    @Test
    void aFailureWithAMessageKeepsItBesideTheNextAttempt() throws Exception {
        long id = pendingDelivery("event-1");
        Instant next = Instant.now().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MICROS);

        try (Connection c = dataSource.getConnection()) {
            store.rescheduled(c, id, "HTTP 503", next);
        }

        DeliveryView view = store.find(id).orElseThrow();
        assertThat(view.lastError()).isEqualTo("HTTP 503");
        assertThat(view.nextAttemptAt().toInstant()).isEqualTo(next);
    }

    @Test
    void aLastFailureWithoutAMessageIsDeadLetteredWithNoNextAttempt() throws Exception {
        long id = pendingDelivery("event-1");

        try (Connection c = dataSource.getConnection()) {
            store.deadLettered(c, id, null);
        }

        DeliveryView view = store.find(id).orElseThrow();
        assertThat(view.status()).isEqualTo("dead");
        assertThat(view.deadAt()).isNotNull();
        assertThat(view.nextAttemptAt()).isNull();
        assertThat(view.lastError()).isNull();
    }

    @Test
    void theLogOfASubscriptionIsFilteredByStatusOnlyWhenOneIsGiven() throws Exception {
        long dead = pendingDelivery("event-1");
        long pending = pendingDelivery("event-2");
        try (Connection c = dataSource.getConnection()) {
            store.deadLettered(c, dead, "HTTP 500");
        }

        assertThat(store.ofSubscription(subscription, null, 10)).extracting(DeliveryView::id)
                .containsExactly(pending, dead);
        assertThat(store.ofSubscription(subscription, "dead", 10)).extracting(DeliveryView::id).containsExactly(dead);
        assertThat(store.ofSubscription(subscription, "pending", 1)).extracting(DeliveryView::id)
                .containsExactly(pending);
    }

    /** A delivery with an earlier error, due in a day, so the running worker leaves it alone. */
    private long pendingDelivery(String event) throws SQLException {
        String eventId = subscription + "-" + event;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into subscription (id, projects, kinds, email, "
                    + "unsubscribe_token) values (?, '{store-test}', '{}', 'store-test@example.org', ?) "
                    + "on conflict (id) do nothing")) {
                ps.setString(1, subscription);
                ps.setString(2, "token-" + subscription);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into alert (event_id, project_id, change, "
                    + "historical, payload) values (?, 'store-test', 'forecast', false, '{}')")) {
                ps.setString(1, eventId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into delivery (subscription_id, event_id, channel, "
                    + "last_error, next_attempt_at) values (?, ?, 'email', 'an earlier error', now() + interval '1 day') "
                    + "returning id")) {
                ps.setString(1, subscription);
                ps.setString(2, eventId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }
}
