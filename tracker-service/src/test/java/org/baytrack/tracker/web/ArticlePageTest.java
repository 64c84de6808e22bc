package org.baytrack.tracker.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The article view's content, made-up documents only. */
class ArticlePageTest {
    static final String HANT = "虛構灣大橋主塔今日封頂。\n全橋預計明年通車。";
    static final String HANS = "虚构湾大桥主塔今日封顶。\n全桥预计明年通车。";

    static CatalogClient.Article article(String text, String original, String language, List<CatalogClient.Sentence> sentences) {
        return new CatalogClient.Article("art-made-up", "art-made-up", "虛構報道", LocalDate.of(2025, 3, 1), "示例日报",
                "https://example.org/a", language, "hant", text, original, sentences, List.of());
    }

    static List<CatalogClient.Sentence> sentencesOf(String text) {
        int second = text.indexOf('\n') + 1;
        return List.of(new CatalogClient.Sentence(0, 0, second - 1, text.substring(0, second - 1)),
                new CatalogClient.Sentence(1, second, text.length(), text.substring(second)));
    }

    @Test
    void evidenceSentencesAreMarkedInBothScriptsAndLineBreaksMakeParagraphs() {
        var page = ArticlePage.build(article(HANS, HANT, "zh", sentencesOf(HANS)), Set.of("全桥预计明年通车。"),
                Messages.of("zh"));
        assertThat(page.twoScripts()).isTrue();
        assertThat(page.paragraphs()).hasSize(2);
        assertThat(page.marked()).isEqualTo(1);
        var marked = page.paragraphs().get(1).segments().get(0);
        assertThat(marked.evidence()).isTrue();
        assertThat(marked.text()).isEqualTo("全桥预计明年通车。");
        assertThat(marked.original()).isEqualTo("全橋預計明年通車。");
        assertThat(page.paragraphs().get(0).segments()).noneMatch(ArticlePage.Segment::evidence);
        assertThat(page.href()).isEqualTo("https://example.org/a");
    }

    @Test
    void aSimplifiedArticleIsOneTextAndAnEnglishOneSaysSo() {
        var simplified = ArticlePage.build(article(HANS, HANS, "zh", sentencesOf(HANS)), Set.of(), Messages.of("zh"));
        assertThat(simplified.twoScripts()).isFalse();
        assertThat(simplified.textLang()).isEqualTo("zh-Hans");
        assertThat(simplified.marked()).isZero();
        String english = "The made-up bridge topped out.\nIt opens next year.";
        var en = ArticlePage.build(article(english, english, "en", sentencesOf(english)), Set.of("It opens next year."),
                Messages.of("en"));
        assertThat(en.textLang()).isEqualTo("en");
        assertThat(en.marked()).isEqualTo(1);
    }

    @Test
    void textOutsideEverySentenceIsKeptAndAnOriginalOfAnotherLengthIsNotTrusted() {
        String text = "标题行\n虚构湾大桥通车。";
        var sentences = List.of(new CatalogClient.Sentence(0, 4, text.length(), "虚构湾大桥通车。"));
        var page = ArticlePage.build(article(text, "短", "zh", sentences), Set.of("虚构湾大桥通车。"), Messages.of("zh"));
        assertThat(page.twoScripts()).isFalse();
        assertThat(page.paragraphs()).extracting(p -> p.segments().get(0).text()).containsExactly("标题行", "虚构湾大桥通车。");
        assertThat(page.paragraphs().get(1).segments().get(0).evidence()).isTrue();
    }

    @Test
    void quotesNameTheirScript() {
        assertThat(Quote.of("虚构大桥通车。", "虛構大橋通車。")).satisfies(q -> {
            assertThat(q.twoScripts()).isTrue();
            assertThat(q.lang()).isEqualTo("zh-Hant");
            assertThat(q.text()).isEqualTo("虛構大橋通車。");
            assertThat(q.simplified()).isEqualTo("虚构大桥通车。");
        });
        assertThat(Quote.of("虚构大桥通车。", "虚构大桥通车。").twoScripts()).isFalse();
        assertThat(Quote.of("虚构大桥通车。", null).lang()).isEqualTo("zh-Hans");
        assertThat(Quote.of("The bridge opened.", null).lang()).isEqualTo("en");
    }

    @Test
    void candidatesSuggestTheCatalogsTraditionalNameAndLinkTheirClaimsToTheArticleView() {
        var c = new CatalogClient.Candidate("青屿湾大桥", "青嶼灣大橋", 2, List.of("青屿湾大桥主塔封顶。"),
                List.of(new CatalogClient.Claim("structural", "2025-03-01", "day", "青屿湾大桥主塔封顶。", "art-1"),
                        new CatalogClient.Claim("forecast_opening", null, null, "青屿湾大桥将通车。", null)));
        var page = CandidatesPage.build(List.of(c), "qingyu-bay-bridge", 3, null, Messages.of("en"));
        var row = page.rows().get(0);
        assertThat(row.nameHant()).isEqualTo("青嶼灣大橋");
        assertThat(row.claims()).extracting(CandidatesPage.Claim::articleHref).containsExactly("/articles/art-1?lang=en", null);
        assertThat(row.claims().get(0).date()).isEqualTo("2025-03-01");
        assertThat(row.claims().get(1).date()).isEmpty();
        assertThat(page.registeredText()).contains("qingyu-bay-bridge", "3");
        assertThat(page.registeredHref()).isEqualTo("/projects/qingyu-bay-bridge?lang=en");
    }

    @Test
    void onlyAFormFromThisSiteRegisters() {
        assertThat(CandidatesPageResource.sameOrigin("same-origin", "null", "localhost:8083")).isTrue();
        assertThat(CandidatesPageResource.sameOrigin("cross-site", "null", "localhost:8083")).isFalse();
        assertThat(CandidatesPageResource.sameOrigin("same-site", null, "localhost:8083")).isFalse();
        assertThat(CandidatesPageResource.sameOrigin(null, "http://localhost:8083", "localhost:8083")).isTrue();
        assertThat(CandidatesPageResource.sameOrigin(null, null, "localhost:8083")).isTrue();
        assertThat(CandidatesPageResource.sameOrigin(null, "https://evil.example", "localhost:8083")).isFalse();
        assertThat(CandidatesPageResource.sameOrigin(null, "null", "localhost:8083")).isFalse();
    }
}
