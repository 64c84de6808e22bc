package org.baytrack.tracker.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.commons.outbox.Outbox;
import org.baytrack.events.AgreementChanged;
import org.baytrack.events.EventCodec;
import org.baytrack.tracker.persistence.JsonColumns;

import java.net.URI;

/** The agreement_change table: each agreement.changed once, and when live the outbox row that publishes it. */
@ApplicationScoped
public class AgreementChanges {
    static final URI SOURCE = URI.create("/baytrack/tracker-service");

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    /** Call inside the caller's transaction. @return false when this event id was already recorded */
    public boolean record(String eventId, AgreementChanged event, boolean publish) {
        int inserted = em.createNativeQuery("insert into agreement_change (event_id, agreement_id, change, historical, "
                        + "data) values (?1, ?2, ?3, ?4, ?5) on conflict (event_id) do nothing")
                .setParameter(1, eventId)
                .setParameter(2, event.agreementId())
                .setParameter(3, event.change())
                .setParameter(4, event.historical())
                .setParameter(5, JsonColumns.write(event))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        if (publish) {
            outbox.add(EventCodec.encode(eventId, SOURCE, event));
        }
        return true;
    }

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from agreement_change").getSingleResult()).longValue();
    }
}
