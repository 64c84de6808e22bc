package org.baytrack.analysis.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.agreement.Agreement;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.milestone.Milestone;

/**
 * The command-line contract: one JSON object per file with file, title, published, source,
 * language, script, text, mentions, milestones and agreements. Other tools parse it; change it
 * only by adding fields.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    public static ObjectNode toJson(String file, Analysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        root.put("title", a.title());
        root.put("published", a.published() == null ? null : a.published().toString());
        root.put("source", a.source());
        root.put("author", a.author());
        root.put("language", a.language());
        root.put("script", a.script());
        root.put("text", a.text());
        ArrayNode mentions = root.putArray("mentions");
        for (Mention m : a.mentions()) {
            mentions.addObject().put("entity", m.entity()).put("type", m.type()).put("text", m.text())
                    .put("start", m.start()).put("end", m.end());
        }
        ArrayNode milestones = root.putArray("milestones");
        for (Milestone m : a.milestones()) {
            milestones.addObject().put("project", m.project()).put("kind", m.kind().code()).put("date", m.date())
                    .put("precision", m.precision()).put("evidence", m.evidence());
        }
        ArrayNode candidateClaims = root.putArray("candidateClaims");
        for (Milestone m : a.candidateClaims()) {
            candidateClaims.addObject().put("candidate", m.project()).put("kind", m.kind().code()).put("date", m.date())
                    .put("precision", m.precision()).put("evidence", m.evidence());
        }
        ArrayNode agreements = root.putArray("agreements");
        for (Agreement g : a.agreements()) {
            ObjectNode o = agreements.addObject();
            o.put("title", g.title());
            g.parties().forEach(o.putArray("parties")::add);
            o.put("signed", g.signed());
            g.fields().forEach(o.putArray("fields")::add);
            o.put("count", g.count());
            o.put("items", g.items());
            o.put("done", g.done());
            o.put("evidence", g.evidence());
            g.partyNames().forEach(o.putArray("partyNames")::add);
        }
        return root;
    }

    /** One line of JSON. */
    public static String write(String file, Analysis a) {
        try {
            return MAPPER.writeValueAsString(toJson(file, a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise analysis of " + file, e);
        }
    }
}
