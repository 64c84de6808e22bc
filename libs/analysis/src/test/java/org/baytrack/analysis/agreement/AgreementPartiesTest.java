package org.baytrack.analysis.agreement;

import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Who signed and whether they have, as reports word it: pairs told clause by clause, cities by one character, officials. */
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

    @Test
    void theOfficeSignsNotTheOfficialWhoHoldsIt() {
        assertThat(agreements("甲部海事局常务副局长刘某和乙港务局局长黄某最近签署了两地海事管理的工作安排。")).singleElement()
                .satisfies(a -> {
                    assertThat(a.partyNames()).containsExactly("甲部海事局", "乙港务局");
                    assertThat(a.signed()).isEqualTo("2022-03");
                });
    }

    @Test
    void aSigningToldAsWhatItsAgreementSaysIsOneAndItsRetellingIsIt() {
        assertThat(agreements("根据甲集团日前与珠海市政府签署的一项“合作框架协议”，甲集团将投资建设道路。"
                + "根据珠海市政府与甲集团签署的新协议，甲集团还将建设两条公路。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("合作框架协议");
                    assertThat(a.partyNames()).containsExactly("甲集团", "珠海市政府");
                    assertThat(a.signed()).isEqualTo("2022-03");
                });
    }

    @Test
    void aTitleWithNoNameOfItsOwnIsNamedByItsMatter() {
        assertThat(agreements("甲公司宣布，与深圳市政府草签《特许经营协议》。甲公司今天同时宣布，双方就投资、建设和运营某线签署合作备忘录。"))
                .extracting(Agreement::title).containsExactly("特许经营协议", "投资、建设和运营某线合作备忘录");
    }

    @Test
    void aSigningTheGovernmentsWillImplementIsStillToCome() {
        assertThat(agreements("The governments will implement signing of the Qingfu Bay Partnership Arrangement next year.")).isEmpty();
    }
}
