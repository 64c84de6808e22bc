package org.baytrack.tracker.project;

import org.baytrack.events.EntityChanged;

import java.util.Collection;
import java.util.Map;

/**
 * Which projects the board follows, as the entity topic defines them. The board owns this port so it can be rebuilt
 * from the topic without knowing who keeps the entities.
 */
public interface ProjectRoster {

    /** The catalog's current definition wins; a project is followed from now on. Call inside a transaction. */
    void apply(EntityChanged entity);

    /** The catalog deleted this entity: it leaves the board. Call inside a transaction; twice changes nothing. */
    void forget(String id);

    /** The followed projects with these ids, following unknown ones at once; forgotten ones are left out. */
    Map<String, Project> follow(Collection<String> ids);
}
