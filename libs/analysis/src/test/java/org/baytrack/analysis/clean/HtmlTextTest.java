package org.baytrack.analysis.clean;

import org.baytrack.analysis.Analysis;
import org.baytrack.analysis.Analyzers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    private static final String PAGE = """
            <html><head><title>深中通道通车 - 某某新闻网</title>
            <meta property="article:published_time" content="2024-06-30T15:00:00+08:00"></head>
            <body><nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
            <div class="breadcrumb">首页 &gt; 交通 &gt; 正文</div>
            <h1>深中通道正式开通运营</h1>
            <p>今天15时，深中通道正式开通运营。</p><p>从深圳到中山的车程缩短至30分钟。</p>
            <div class="share">分享到：微信 微博</div>
            <footer>Copyright © 2024 某某新闻网</footer></body></html>""";

    @Test
    void extractsArticleTextAndMetadataFromMarkup() {
        Analysis a = Analyzers.DEFAULT.analyze(PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null);

        assertThat(a.title()).isEqualTo("深中通道正式开通运营");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(a.text()).contains("今天15时，深中通道正式开通运营。\n从深圳到中山的车程缩短至30分钟。")
                .doesNotContain("首页", "分享到", "Copyright");
        assertThat(a.milestones()).extracting(m -> m.project() + " " + m.kind() + " " + m.date())
                .contains("shenzhen-zhongshan-link opened 2024-06-30");
    }
}
