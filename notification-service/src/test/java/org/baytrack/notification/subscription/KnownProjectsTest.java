package org.baytrack.notification.subscription;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.SmtpServerResource;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class KnownProjectsTest {
    @Inject
    KnownProjects known;
    @Inject
    EntityManager em;

    final String project = "known-" + System.nanoTime();

    @Test
    void aProjectSeenAgainUnderTheSameNameIsNotWrittenAgainButARenameIs() {
        learn("深江铁路");
        OffsetDateTime first = seenAt();

        learn("深江铁路");
        learn(null);
        assertThat(seenAt()).as("no write for a name already stored").isEqualTo(first);

        learn("深圳至江门铁路");
        assertThat(name()).isEqualTo("深圳至江门铁路");
        assertThat(seenAt()).isAfter(first);
    }

    @Test
    void whatARolledBackTransactionLearnedIsWrittenByTheNextOne() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                known.learn(project, "中开高速");
                throw new IllegalStateException("the event's transaction fails");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> known.isKnown(project))).isFalse();

        learn("中开高速");
        assertThat(name()).isEqualTo("中开高速");
    }

    @Test
    void aForgottenProjectIsUnknownUntilItIsLearnedAgain() {
        learn("岱屿七号跨海通道");
        QuarkusTransaction.requiringNew().run(() -> known.forget(project));
        assertThat(QuarkusTransaction.requiringNew().call(() -> known.isKnown(project))).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> known.all())).doesNotContain(project);

        learn("岱屿七号跨海通道");
        assertThat(QuarkusTransaction.requiringNew().call(() -> known.isKnown(project)))
                .as("learned again under the name it had before").isTrue();
    }

    private void learn(String name) {
        QuarkusTransaction.requiringNew().run(() -> known.learn(project, name));
    }

    private String name() {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select name from known_project where id = ?1").setParameter(1, project).getSingleResult());
    }

    private OffsetDateTime seenAt() {
        return QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) em.createNativeQuery(
                "select seen_at from known_project where id = ?1", OffsetDateTime.class)
                .setParameter(1, project).getSingleResult());
    }
}
