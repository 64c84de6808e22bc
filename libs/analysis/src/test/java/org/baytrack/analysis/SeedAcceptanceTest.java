package org.baytrack.analysis;

import org.baytrack.analysis.agreement.Agreement;
import org.baytrack.analysis.eval.Seeds;
import org.baytrack.analysis.milestone.Milestone;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The acceptance criteria of the analysis issue, checked on the four real seed documents. */
class SeedAcceptanceTest {
    private static final Pattern RUBY = Pattern.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");

    private static Analysis seed(String name) throws IOException {
        return Analyzers.DEFAULT.analyze(Files.readAllBytes(Seeds.path(name)), null, null);
    }

    @Test
    void jiangmenArticleYieldsHuangmaohaiAndZhongkaiMilestonesButNoneForShenzhenJiangmen() throws IOException {
        Analysis a = seed("000_d4eb6ef48fb1f2de.txt");

        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 12, 29));
        assertThat(a.source()).isEqualTo("南方日报");
        assertThat(a.title()).isEqualTo("江门推动港澳合作再上新台阶:一种源远流长的亲密合作");
        assertThat(a.script()).isEqualTo("hant");
        assertThat(a.language()).isEqualTo("zh");
        assertThat(a.milestones()).extracting(Milestone::project, Analyzers::kind, Milestone::date, Milestone::precision)
                .contains(tuple("huangmaohai-passage", "structural", "2021-12-24", "day"),
                        tuple("huangmaohai-passage", "forecast_opening", "2024", "year"),
                        tuple("zhongkai-expressway", "forecast_opening", "2022-12", "month"));
        assertThat(a.milestones()).extracting(Milestone::project).doesNotContain("shenzhen-jiangmen-hsr");
        assertThat(a.mentions()).extracting(m -> m.entity()).contains("shenzhen-jiangmen-hsr", "huangmaohai-passage");
    }

    @Test
    void jiangmenArticleYieldsTheHkustGuangzhouFrameworkAgreement() throws IOException {
        Analysis a = seed("000_d4eb6ef48fb1f2de.txt");

        assertThat(a.agreements()).singleElement().satisfies(g -> {
            assertThat(g.title()).isEqualTo("全面战略合作框架协议");
            assertThat(g.signed()).isEqualTo("2021-12-07");
            assertThat(g.parties()).containsExactly("hkust-gz", "jiangmen-government");
        });
    }

    @Test
    void jiangmenArticleLosesSpamBreadcrumbAndShareLinesButKeepsRealParentheses() throws IOException {
        Analysis a = seed("000_d4eb6ef48fb1f2de.txt");

        assertThat(a.text()).doesNotContain("精品", "蜘蛛池", "嘉荫县", "您现在的位置", "扫一扫", "[ ]")
                .contains("香港科技大学(广州)(筹)", "珠西创谷(江门)科技园");
        assertThat(a.originalText()).contains("黃茅海跨海通道").hasSameSizeAs(a.text());
    }

    @Test
    void guangzhouShenzhenArticleYieldsSevenAgreementsAndThe2019FrameworkWithProgress() throws IOException {
        Analysis a = seed("001_d1442d7841998521.txt");

        assertThat(a.agreements()).hasSize(2);
        Agreement seven = a.agreements().get(0);
        assertThat(seven.count()).isEqualTo(7);
        assertThat(seven.title()).isEqualTo("深化合作专项协议");
        assertThat(seven.parties()).containsExactly("guangzhou", "shenzhen");
        assertThat(seven.fields()).containsExactly("科技创新", "智能网联汽车产业", "智能装备产业", "生物医药产业", "基础设施", "营商环境", "自贸区");
        Agreement framework = a.agreements().get(1);
        assertThat(framework.title()).isEqualTo("广州市深圳市深化战略合作框架协议");
        assertThat(framework.signed()).isEqualTo("2019");
        assertThat(framework.items()).isEqualTo(27);
        assertThat(framework.done()).isEqualTo(5);
    }

    @Test
    void guangzhouShenzhenArticleHasNoRubyLinkListsOrFooter() throws IOException {
        Analysis a = seed("001_d1442d7841998521.txt");

        assertThat(RUBY.matcher(a.text()).find()).as("pinyin ruby left in %s", a.text()).isFalse();
        assertThat(RUBY.matcher(a.originalText()).find()).isFalse();
        assertThat(a.title()).isEqualTo("广州深圳‘双城联动’:7项深化合作专项协议落地");
        assertThat(a.text()).contains("联动").doesNotContain("您可能也感兴趣", "为您推荐", "今日热点", "排行", "最近更新",
                "今日要闻", "芜湖释放", "金龙鱼", "关于本站", "Copyright", "ICP备", "联系我们", "关键词");
        assertThat(a.text()).endsWith("(郑小红 朱族英)");
    }

    @Test
    void provincialReportYieldsConstructionStartsAndOpenings() throws IOException {
        Analysis a = seed("002_fb6c8c52ba9a33c2.txt");

        assertThat(a.script()).isEqualTo("hans");
        assertThat(a.milestones()).extracting(Milestone::project, Analyzers::kind)
                .contains(tuple("shenzhen-zhongshan-link", "construction_started"),
                        tuple("guangzhou-zhanjiang-hsr", "construction_started"),
                        tuple("nansha-bridge", "opened"),
                        tuple("guangzhou-dongguan-shenzhen-intercity", "opened"));
        assertThat(a.milestones()).extracting(Milestone::project)
                .doesNotContain("guangzhou-shantou-hsr", "hong-kong-zhuhai-macao-bridge", "guangzhou-shenzhen-hong-kong-xrl");
        assertThat(a.agreements()).isEmpty();
    }

    @Test
    void guangzhouReportIsSplitIntoParagraphsAtIdeographicSpaces() throws IOException {
        Analysis a = seed("003_2f948a18290f937e.txt");

        assertThat(a.title()).isEqualTo("广州 发挥粤港澳大湾区核心引擎优势 推动区域一体化高质量发展");
        assertThat(a.source()).isEqualTo("中共广州市委宣传部");
        assertThat(a.published()).isNull();
        assertThat(a.sentences()).extracting(s -> s.text()).contains("基础设施互联互通取得新成效");
        assertThat(a.agreements()).singleElement().satisfies(g -> {
            assertThat(g.count()).isEqualTo(7);
            assertThat(g.fields()).containsExactly("科技创新");
        });
    }

    @Test
    void callerSuppliedDateWinsOverTheDateInTheText() throws IOException {
        Analysis a = Analyzers.DEFAULT.analyze(Files.readAllBytes(Seeds.path("000_d4eb6ef48fb1f2de.txt")), null,
                LocalDate.of(2022, 3, 1));

        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(a.milestones()).extracting(Milestone::project, Milestone::date)
                .contains(tuple("zhongkai-expressway", "2023-12"));
    }

    @Test
    void sentenceAndMentionOffsetsPointIntoTextAndBackIntoTheSource() throws IOException {
        byte[] raw = Files.readAllBytes(Seeds.path("001_d1442d7841998521.txt"));
        String source = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
        Analysis a = Analyzers.DEFAULT.analyze(raw, null, null);

        List<org.baytrack.analysis.gazetteer.Mention> mentions = a.mentions();
        assertThat(mentions).isNotEmpty().allSatisfy(m -> {
            assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
            for (int i = m.start(); i < m.end(); i++) {
                assertThat(source.charAt(a.toOriginalOffset(i))).isEqualTo(a.originalText().charAt(i));
            }
        });
        assertThat(a.sentences()).allSatisfy(s -> assertThat(a.text().substring(s.start(), s.end())).isEqualTo(s.text()));
    }
}
