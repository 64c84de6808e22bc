package org.baytrack.analysis.agreement;

import java.util.List;

/**
 * A signed agreement: title, parties (entity ids where known, else names), the parties as the text words them,
 * signing date as ISO partial or null, fields, how many agreements were signed, and progress figures (items
 * agreed, items done) when the text gives them.
 */
public record Agreement(String title, List<String> parties, String signed, List<String> fields, Integer count,
                        Integer items, Integer done, String evidence, int sentence, List<String> partyNames) {

    public Agreement {
        partyNames = partyNames == null ? List.of() : List.copyOf(partyNames);
    }

    Agreement withProgress(Integer newItems, Integer newDone) {
        return new Agreement(title, parties, signed, fields, count,
                items != null ? items : newItems, done != null ? done : newDone, evidence, sentence, partyNames);
    }
}
