package org.baytrack.tracker.web;

import org.baytrack.tracker.agreement.AgreementView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementsPageTest {
    static final AgreementView PACT = new AgreementView("agr-1", "甲乙两市合作框架协议",
            List.of(new AgreementView.Party("alpha-city", "甲市", "Alpha City", true),
                    new AgreementView.Party(null, "乙港务有限公司", null, false)),
            "2019-09", List.of("交通", "科创"), 3, "in_implementation", 27, 8, null, null);

    static AgreementsPage.Source figures(String published, Integer items, Integer done) {
        return new AgreementsPage.Source(published == null ? null : LocalDate.parse(published), "示例日报",
                "报道", "https://example.org/a", "句子", items, done);
    }

    static AgreementsPage.Row row(String lang, List<AgreementsPage.Source> sources) {
        return AgreementsPage.build(List.of(PACT), Map.of("agr-1", sources), Messages.of(lang)).rows().get(0);
    }

    @Test
    void progressRunsFromTheFirstFiguresToTheLatest() {
        var sources = List.of(figures("2022-06-01", null, 8), figures("2021-12-23", 27, 5), figures("2022-01-01", 27, 5));
        assertThat(row("en", sources).progress()).isEqualTo("27 items, 5 done → 8 done");
        assertThat(row("zh", sources).progress()).isEqualTo("27 项，已完成 5 项 → 已完成 8 项");
    }

    @Test
    void newItemsAreNamedAgainAndUndatedFiguresComeLast() {
        var sources = List.of(figures(null, null, 9), figures("2021-12-23", 27, 5), figures("2023-01-01", 30, 5));
        assertThat(row("en", sources).progress()).isEqualTo("27 items, 5 done → 30 items, 5 done → 9 done");
    }

    @Test
    void withoutDatedFiguresTheAgreementsOwnAreShown() {
        assertThat(row("en", List.of()).progress()).isEqualTo("27 items, 8 done");
        var bare = new AgreementView("agr-2", null, List.of(), null, List.of(), null, "signed", null, null, null, null);
        var r = AgreementsPage.build(List.of(bare), Map.of(), Messages.of("en")).rows().get(0);
        assertThat(r.progress()).isEmpty();
        assertThat(r.signed()).isEmpty();
        assertThat(r.statusLabel()).isEqualTo("signed");
    }

    @Test
    void partiesAreNamedInTheInterfaceLanguageWhereKnownElseAsWritten() {
        var en = row("en", List.of()).parties();
        assertThat(en).containsExactly(new AgreementsPage.Party("Alpha City", "甲市", true),
                new AgreementsPage.Party("乙港务有限公司", "", false));
        assertThat(row("zh", List.of()).parties().get(0)).isEqualTo(new AgreementsPage.Party("甲市", "Alpha City", true));
    }

    @Test
    void signingDateCarriesItsPrecisionAndOnlyWebAddressesLink() {
        var r = row("en", List.of(figures("2021-12-23", 27, 5),
                new AgreementsPage.Source(null, "s", "t", "javascript:alert(1)", "x", null, null)));
        assertThat(r.signed()).isEqualTo("2019-09");
        assertThat(r.signedPrecision()).isEqualTo("to the month");
        assertThat(r.statusLabel()).isEqualTo("in implementation");
        assertThat(r.reports()).extracting(AgreementsPage.Report::href).containsExactly("https://example.org/a", null);
    }

    @Test
    void theOtherLanguageLinkStaysOnTheAgreementsPage() {
        assertThat(AgreementsPage.build(List.of(), Map.of(), Messages.of("zh")).otherLangHref())
                .isEqualTo("/agreements?lang=en");
        assertThat(AgreementsPage.build(List.of(), Map.of(), Messages.of("en")).otherLangHref()).isEqualTo("/agreements");
    }
}
