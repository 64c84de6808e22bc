package org.baytrack.tracker.agreement;

import org.baytrack.events.AgreementChanged;
import org.baytrack.events.AgreementChanged.State;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.ArticleCataloged.AgreementClaim;
import org.baytrack.tracker.agreement.AgreementPolicy.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementPolicyTest {
    static AgreementClaim claim(String title, List<String> parties, String signed, Integer items, Integer done) {
        return new AgreementClaim(title, parties, signed, List.of(), null, items, done, "evidence", parties);
    }

    @Test
    void reportsOfOneAgreementShareItsIdWhateverThePartyOrderOrQuotes() {
        String a = AgreementPolicy.id(claim("《广州市深圳市深化战略合作框架协议》", List.of("shenzhen", "guangzhou"), "2019", 27, 5));
        String b = AgreementPolicy.id(claim("广州市深圳市深化战略合作框架协议", List.of("guangzhou", "shenzhen"), null, 27, 12));
        String other = AgreementPolicy.id(claim("全面战略合作框架协议", List.of("guangzhou", "shenzhen"), "2019", null, null));

        assertThat(a).startsWith("agr-").isEqualTo(b).isNotEqualTo(other);
    }

    @Test
    void statusFollowsProgressAndNeverGoesBack() {
        assertThat(AgreementPolicy.status(null, null, null)).isEqualTo(Status.SIGNED);
        assertThat(AgreementPolicy.status(Status.SIGNED, 27, 0)).isEqualTo(Status.SIGNED);
        assertThat(AgreementPolicy.status(Status.SIGNED, 27, 5)).isEqualTo(Status.IN_IMPLEMENTATION);
        assertThat(AgreementPolicy.status(Status.IN_IMPLEMENTATION, 27, 27)).isEqualTo(Status.COMPLETED);
        assertThat(AgreementPolicy.status(Status.COMPLETED, 27, 20)).isEqualTo(Status.COMPLETED);
    }

    @Test
    void laterReportsCompleteTheTerms() {
        var first = AgreementPolicy.merge(null, new AgreementClaim("深化合作专项协议", List.of("guangzhou", "shenzhen"),
                "2021-12", List.of("科技创新"), 7, null, null, "e", List.of()));
        var merged = AgreementPolicy.merge(first, new AgreementClaim("深化合作专项协议", List.of("guangzhou", "shenzhen"),
                "2021-12-22", List.of("科技创新", "基础设施"), null, null, null, "e", List.of()));

        assertThat(merged.signed()).isEqualTo("2021-12-22");
        assertThat(merged.fields()).containsExactly("科技创新", "基础设施");
        assertThat(merged.count()).isEqualTo(7);
        assertThat(AgreementPolicy.merge(merged, new AgreementClaim(null, List.of(), "2020", List.of(), null, null, null, "e", List.of()))
                .signed()).isEqualTo("2021-12-22");
    }

    @Test
    void anAgreementFirstReportedIsFirstSeenWhateverItsFigures() {
        assertThat(AgreementPolicy.change(null, new State("in_implementation", 27, 5)))
                .contains(AgreementChanged.FIRST_SEEN);
    }

    @Test
    void moreItemsDoneIsProgressAndTheSameFiguresAgainAreNothing() {
        var before = new State("in_implementation", 27, 5);

        assertThat(AgreementPolicy.change(before, new State("in_implementation", 27, 8)))
                .contains(AgreementChanged.PROGRESS);
        assertThat(AgreementPolicy.change(before, new State("in_implementation", 30, 5)))
                .contains(AgreementChanged.PROGRESS);
        assertThat(AgreementPolicy.change(before, new State("in_implementation", 27, 5))).isEmpty();
    }

    @Test
    void aStatusMoveIsOneStatusChangeEvenWhenTheFiguresMovedWithIt() {
        assertThat(AgreementPolicy.change(new State("signed", null, null), new State("in_implementation", 16, 4)))
                .contains(AgreementChanged.STATUS_CHANGED);
        assertThat(AgreementPolicy.change(new State("in_implementation", 16, 9), new State("completed", 16, 16)))
                .contains(AgreementChanged.STATUS_CHANGED);
    }

    @Test
    void theProjectsOfAnAgreementAreThoseItsArticleNamesEachOnce() {
        var bridge = new ArticleCataloged.Mention("huangmaohai-passage", "project", "黄茅海跨海通道", 0, 7);
        var city = new ArticleCataloged.Mention("zhuhai", "place", "珠海", 8, 10);
        var metro = new ArticleCataloged.Mention("shenzhen-metro-line-20", "project", "20号线", 0, 4);
        var sentences = List.of(new ArticleCataloged.Sentence(0, "a", List.of(bridge, city)),
                new ArticleCataloged.Sentence(3, "b", List.of(metro, bridge)));

        assertThat(AgreementPolicy.projects(sentences)).containsExactly("huangmaohai-passage", "shenzhen-metro-line-20");
        assertThat(AgreementPolicy.projects(null)).isEmpty();
    }
}
