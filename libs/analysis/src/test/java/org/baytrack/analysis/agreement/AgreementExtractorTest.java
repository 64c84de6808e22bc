package org.baytrack.analysis.agreement;

import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AgreementExtractorTest {
    private static List<Agreement> agreements(String text) {
        return Analyzers.DEFAULT.analyzeText(text, LocalDate.of(2022, 3, 18)).agreements();
    }

    @Test
    void readsTitleInBracketsPartiesAndDate() {
        assertThat(agreements("3月17日，珠海市政府与澳门特区政府在横琴签署《关于深化珠澳合作的框架协议》。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.title()).isEqualTo("关于深化珠澳合作的框架协议");
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                    assertThat(a.parties()).containsExactly("zhuhai-government", "macao-sar-government");
                });
    }

    @Test
    void readsCountAndFieldsOfABatch() {
        assertThat(agreements("两市签署了3项合作协议，涉及交通、金融、医疗等3个领域。")).singleElement().satisfies(a -> {
            assertThat(a.count()).isEqualTo(3);
            assertThat(a.title()).isEqualTo("合作协议");
            assertThat(a.fields()).containsExactly("交通", "金融", "医疗");
        });
    }

    @Test
    void attachesProgressFiguresFromTheNextSentence() {
        assertThat(agreements("2018年，广州与佛山签署《广佛同城化合作框架协议》。协议确定了30个合作事项，目前已完成12项。"))
                .singleElement().satisfies(a -> {
                    assertThat(a.signed()).isEqualTo("2018");
                    assertThat(a.items()).isEqualTo(30);
                    assertThat(a.done()).isEqualTo(12);
                });
    }

    @Test
    void eachBracketedTitleAfterOneVerbIsItsOwnAgreement() {
        assertThat(agreements("会上，广州市政府与香港特区政府签署了《穗港科技合作协议》和《穗港青年交流合作备忘录》。"))
                .extracting(Agreement::title, Agreement::parties)
                .containsExactly(tuple("穗港科技合作协议", List.of("guangzhou-government", "hksar-government")),
                        tuple("穗港青年交流合作备忘录", List.of("guangzhou-government", "hksar-government")));
    }

    @Test
    void namesSignatoriesTheGazetteerDoesNotKnow() {
        assertThat(agreements("据了解，深圳市政府与华为技术有限公司近日签署战略合作框架协议。"))
                .singleElement().satisfies(a -> assertThat(a.parties()).containsExactly("shenzhen-government", "华为技术有限公司"));
    }

    @Test
    void ceremoniesAndCaptionsAreNoAgreements() {
        assertThat(agreements("图为双城深化合作专项协议签署仪式现场。双方举行了项目签约仪式，现场签约项目56个。")).isEmpty();
    }

    @Test
    void readsEnglishAgreements() {
        assertThat(agreements("Shenzhen and Hong Kong signed eight cooperation agreements on March 17 covering "
                + "innovation, finance and healthcare.")).singleElement().satisfies(a -> {
                    assertThat(a.count()).isEqualTo(8);
                    assertThat(a.title()).isEqualTo("cooperation agreements");
                    assertThat(a.signed()).isEqualTo("2022-03-17");
                    assertThat(a.parties()).containsExactly("shenzhen", "hong-kong");
                    assertThat(a.fields()).containsExactly("innovation", "finance", "healthcare");
                });
    }
}
