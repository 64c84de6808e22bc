package org.baytrack.tracker.analyze;

import jakarta.enterprise.context.ApplicationScoped;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Gazetteer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analysis pipeline for POST /analyze, over the default gazetteer plus every entity registered since: what the
 * catalog would extract today. Built on first use and rebuilt lazily after entities arrive, never mutated.
 */
@ApplicationScoped
public class Analyzers {
    private final Map<String, Entity> registered = new LinkedHashMap<>();
    private Gazetteer defaults;
    private DocumentAnalyzer analyzer;

    public synchronized Gazetteer defaultGazetteer() {
        if (defaults == null) {
            defaults = Gazetteer.loadDefault();
        }
        return defaults;
    }

    public synchronized DocumentAnalyzer current() {
        if (analyzer == null) {
            Gazetteer gazetteer = defaultGazetteer();
            for (Entity e : registered.values()) {
                gazetteer = gazetteer.withEntity(e);
            }
            analyzer = new DocumentAnalyzer(gazetteer);
        }
        return analyzer;
    }

    public synchronized void register(Entity entity) {
        boolean known = entity.equals(registered.get(entity.id()))
                || registered.get(entity.id()) == null && defaultGazetteer().find(entity.id()).map(entity::equals).orElse(false);
        if (!known) {
            registered.put(entity.id(), entity);
            analyzer = null;
        }
    }

    /** An entity the catalog deleted: the analysis no longer names it (gazetteer entities are never deleted). */
    public synchronized void forget(String id) {
        if (registered.remove(id) != null) {
            analyzer = null;
        }
    }
}
