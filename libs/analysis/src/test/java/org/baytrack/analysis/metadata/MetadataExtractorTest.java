package org.baytrack.analysis.metadata;

import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {
    @Test
    void findsTitleAfterTheDateLineAndReadsSourceAndAuthor() {
        Analysis a = Analyzers.DEFAULT.analyzeText("""
                当前位置：首页 > 交通 > 正文
                2022-09-28 10:15:32 来源：羊城晚报 作者：李明
                深江铁路珠江口隧道盾构机始发
                9月27日，深江铁路控制性工程珠江口隧道盾构机顺利始发。""", null);

        assertThat(a.title()).isEqualTo("深江铁路珠江口隧道盾构机始发");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 9, 28));
        assertThat(a.source()).isEqualTo("羊城晚报");
        assertThat(a.author()).isEqualTo("李明");
    }

    @Test
    void readsEnglishDatelines() {
        Analysis a = Analyzers.DEFAULT.analyzeText("""
                Huangmaohai Passage opens to traffic
                Updated: April 28, 2024 By Li Wei
                The Huangmaohai Passage opened to traffic on Sunday.""", null);

        assertThat(a.title()).isEqualTo("Huangmaohai Passage opens to traffic");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 28));
        assertThat(a.author()).isEqualTo("Li Wei");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void unknownDateStaysUnknown() {
        Analysis a = Analyzers.DEFAULT.analyzeText("南沙大桥正式通车。", null);
        assertThat(a.published()).isNull();
        assertThat(a.publishedPrecision()).isNull();
    }

    @org.junit.jupiter.api.Test
    void anEnglishSourceKeepsEveryWordOfItsName() {
        var a = org.baytrack.analysis.Analyzers.DEFAULT.analyzeText(
                "Bridge opens\nSource: Pearl Delta Transport Wire | Published: 2024-07-01\n\nThe bridge opened.", null);
        org.assertj.core.api.Assertions.assertThat(a.source()).isEqualTo("Pearl Delta Transport Wire");
    }
}
