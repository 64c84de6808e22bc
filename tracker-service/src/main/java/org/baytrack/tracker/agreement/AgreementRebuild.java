package org.baytrack.tracker.agreement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.baytrack.commons.kafka.TopicSnapshot;
import org.baytrack.events.AgreementChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.events.Topics;
import org.baytrack.tracker.TrackerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * The agreements as a fold over agreement.changed, as the board is over project.status-changed: rebuild reads the
 * topic from the beginning and applies every change through {@link AgreementBook#apply}, publishing nothing.
 */
@ApplicationScoped
public class AgreementRebuild {
    private static final Logger LOG = Logger.getLogger(AgreementRebuild.class);

    @Inject
    AgreementBook book;
    @Inject
    AgreementChanges changes;
    @Inject
    TrackerConfig config;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    void onStart(@Observes StartupEvent event) {
        if (config.rebuildWhenEmpty() && QuarkusTransaction.requiringNew().call(() -> changes.count() == 0)) {
            try {
                LOG.infof("Rebuilt the agreements from %d agreement.changed events", rebuild());
            } catch (RuntimeException e) {
                LOG.warnf("Could not rebuild the agreements from Kafka at start-up: %s", e.toString());
            }
        }
    }

    /** Applies the topic as it is now. Safe to repeat: a change already recorded is skipped by its id. @return how many were applied */
    public int rebuild() {
        List<String> events = TopicSnapshot.read(bootstrapServers, Topics.AGREEMENT_CHANGED, Duration.ofSeconds(30));
        return QuarkusTransaction.requiringNew().call(() -> {
            int applied = 0;
            for (String json : events) {
                var event = EventCodec.decode(json, AgreementChanged.class);
                if (changes.record(event.id(), event.data(), false)) {
                    book.apply(event.data());
                    applied++;
                }
            }
            return applied;
        });
    }
}
