package org.baytrack.analysis.agreement;

import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Who signed, as Chinese reports word it: pairs told clause by clause, cities by one character, representatives. */
class AgreementPartiesTest {
    private static List<Agreement> agreements(String text) {
        return Analyzers.DEFAULT.analyzeText(text, LocalDate.of(2022, 3, 18)).agreements();
    }

    @Test
    void pairsToldClauseByClauseSignOneAgreementEach() {
        assertThat(agreements("昨天，广州市甲区与佛山市乙区，广州市丙区与佛山市丁区分别签署共建合作示范区框架协议。"))
                .extracting(Agreement::partyNames, Agreement::signed)
                .containsExactly(tuple(List.of("广州市甲区", "佛山市乙区"), "2022-03-17"),
                        tuple(List.of("广州市丙区", "佛山市丁区"), "2022-03-17"));
    }

    @Test
    void citiesWordedByOneCharacterEachAreTheirGovernments() {
        assertThat(agreements("2022年初，广佛两市正式签订同城化合作协议。")).singleElement()
                .satisfies(a -> assertThat(a.parties()).containsExactly("guangzhou-government", "foshan-government"));
    }

    @Test
    void whatAListIsToldToShareAndTheCountClosingItAreNoParties() {
        assertThat(agreements("2022年3月，山水相连、文化相通的广州、佛山、肇庆3个城市签订了《经济圈合作框架协议》。"))
                .singleElement().satisfies(a -> assertThat(a.parties()).containsExactly("guangzhou", "foshan", "zhaoqing"));
    }

    @Test
    void representativesSigningForBothSidesRetellTheAgreementOfTheDay() {
        assertThat(agreements("3月17日上午，甲控股集团与珠海乙集团签署战略合作框架协议。"
                + "甲控股集团董事长王某，珠海乙集团总经理李某作为双方代表共同签署了战略合作协议。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("战略合作框架协议");
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                });
    }
}
