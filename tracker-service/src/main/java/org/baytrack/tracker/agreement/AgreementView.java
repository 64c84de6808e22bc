package org.baytrack.tracker.agreement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A signed agreement as listed. */
@Schema(description = "A signed agreement: terms merged from every report, status and latest progress figures")
public record AgreementView(
        String id,
        String title,
        @Schema(description = "Parties, resolved to known entities where possible") List<Party> parties,
        @Schema(description = "Signing date, ISO partial date", example = "2019") String signed,
        List<String> fields,
        @Schema(description = "Number of agreements signed together") Integer count,
        @Schema(enumeration = {"signed", "in_implementation", "completed"}) String status,
        @Schema(description = "Items agreed, from the newest report giving figures") Integer items,
        @Schema(description = "Items done, from the newest report giving figures") Integer done,
        LocalDate firstReported,
        LocalDate lastReported) {

    @Schema(description = "A party: its entity id and names when known, else the name as written")
    public record Party(String id, String name, String nameEn, boolean known) {
    }
}
