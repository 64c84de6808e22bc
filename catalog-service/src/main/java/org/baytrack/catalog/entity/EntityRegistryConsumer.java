package org.baytrack.catalog.entity;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every catalog instance follows the entity topic, so a registration made on one reaches the analyzers of all. */
@ApplicationScoped
public class EntityRegistryConsumer {
    @Inject
    EntityRegistry registry;

    @Incoming("entities")
    @Blocking
    public void onChanged(String json) {
        registry.reload();
    }
}
