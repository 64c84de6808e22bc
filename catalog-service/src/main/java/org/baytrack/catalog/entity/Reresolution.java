package org.baytrack.catalog.entity;

import org.baytrack.analysis.gazetteer.Entity;

import java.util.List;

/**
 * What happens to the stored articles once an entity joins the registry: those that name it are catalogued again,
 * so their mentions, milestones and agreements include it. The registry asks for it; cataloguing does it.
 */
public interface Reresolution {
    /** @return the ids of the articles analysed again */
    List<String> reresolve(Entity entity);
}
