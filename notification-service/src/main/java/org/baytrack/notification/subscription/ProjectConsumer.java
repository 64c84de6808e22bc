package org.baytrack.notification.subscription;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the compacted entity topic, the one source of the project list. Learning and forgetting are idempotent by
 * themselves, so no processed-event record is kept.
 */
@ApplicationScoped
public class ProjectConsumer {
    @Inject
    KnownProjects knownProjects;

    @Incoming("entities")
    @Blocking
    @Transactional
    public void onEntity(ConsumerRecord<String, String> record) {
        knownProjects.apply(record);
    }
}
