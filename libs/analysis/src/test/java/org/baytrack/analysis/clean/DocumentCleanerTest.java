package org.baytrack.analysis.clean;

import org.baytrack.analysis.script.ScriptConverter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCleanerTest {
    private final DocumentCleaner cleaner = new DocumentCleaner(ScriptConverter.get());

    @Test
    void stripsPinyinRubyButKeepsRealParentheses() {
        CleanedDocument d = cleaner.clean("廣州深圳‘雙城聯(lián)動’，香港科技大學(廣州)與江門簽約（qiān）。AI(ai)不是拼音？合格(QDLP)");

        assertThat(d.original()).isEqualTo("廣州深圳‘雙城聯動’，香港科技大學(廣州)與江門簽約。AI(ai)不是拼音？合格(QDLP)");
        assertThat(d.simplified()).startsWith("广州深圳‘双城联动’，香港科技大学(广州)与江门签约。");
    }

    @Test
    void offsetsMapBackAcrossRemovedLinesAndRuby() {
        String source = "首页 > 新闻 > 交通\n聯(lián)動發展\n扫一扫，分享到微信朋友圈";
        CleanedDocument d = cleaner.clean(source);

        assertThat(d.original()).isEqualTo("聯動發展");
        for (int i = 0; i < d.original().length(); i++) {
            assertThat(source.charAt(d.offsets().toOriginal(i))).isEqualTo(d.original().charAt(i));
        }
    }

    @Test
    void dropsLinkListAfterARelatedHeadingUntilProseReturns() {
        String source = String.join("\n",
                "深中通道正式通车。",
                "相关新闻",
                "- 某地举办美食节",
                "- 某公司发布新品",
                "热门推荐",
                "另一条标题",
                "这是一段很长的正文内容，讲述了大湾区交通建设的最新进展，各项工程都在按计划推进之中，预计年底前完成全部建设任务。");
        CleanedDocument d = cleaner.clean(source);

        assertThat(d.original()).contains("深中通道正式通车。", "这是一段很长的正文内容")
                .doesNotContain("相关新闻", "美食节", "新品", "热门推荐", "另一条标题");
    }

    @Test
    void dropsSpamMenusAndFooters() {
        String source = String.join("\n",
                "国产精品免费视频,亚洲欧美日韩在线观看",
                "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技",
                "南沙大桥正式通车。",
                "Copyright © 2021 某某网 All rights reserved",
                "粤ICP备12345678号");

        assertThat(cleaner.clean(source).original()).isEqualTo("南沙大桥正式通车。");
    }

    @Test
    void englishProseIsNotSpamForContainingSpamLetters() {
        String prose = "Residents said they expected to save time. Freight traffic averaged 92 trucks a day. "
                + "Builders have stockpiled steel. The Guangzhou-Zhongshan-Jiangmen Expressway is expected to open "
                + "to traffic on August 4, 2031.";
        String source = String.join("\n",
                prose,
                "Free AV online, best AV site, 亚洲 AV 在线观看 成人",
                "Our copyright notice applies: see the Copyright page");

        assertThat(cleaner.clean(source).original()).isEqualTo(prose);
    }

    @Test
    void joinsAParagraphHardWrappedMidName() {
        String source = "新桥通车\n记者从市交通运输局了解到，自本周三起，市民可以经由新建成的沙\n湾大桥往返两岸，车程缩短一半。\n相关新闻";
        CleanedDocument d = cleaner.clean(source);
        assertThat(d.original()).startsWith("新桥通车\n记者从市交通运输局了解到，自本周三起，市民可以经由新建成的沙湾大桥往返两岸");
        int joined = d.original().indexOf("湾大桥");
        assertThat(source.charAt(d.offsets().toOriginal(joined))).isEqualTo('湾');
    }

    @Test
    void aParagraphStoppingOnNoMarkBeforeABlankLineEndsThere() {
        String source = "公示显示，示例大桥计划明年开工，全部工程三年后建成\n\n示例大桥位于两座旧桥之间，全长约35公里。";
        assertThat(cleaner.clean(source).original())
                .isEqualTo("公示显示，示例大桥计划明年开工，全部工程三年后建成\n示例大桥位于两座旧桥之间，全长约35公里。");
        assertThat(cleaner.clean(source.replace("\n\n", "\r\n\r\n")).original()).contains("建成\n示例大桥");
    }

    @Test
    void keepsLinesThatEndApart() {
        CleanedDocument d = cleaner.clean("标题一行没有标点的新闻标题文字很长很长很长很长很长\n正文第一句。");
        assertThat(d.original()).isEqualTo("标题一行没有标点的新闻标题文字很长很长很长很长很长\n正文第一句。");
    }

    @Test
    void aPhotoCreditEndsItsLine() {
        String source = "图为两市合作协议签署仪式现场，来宾合影留念。 李四 摄\n广州、深圳昨日签署了合作协议。";
        assertThat(cleaner.clean(source).original()).contains("李四 摄\n广州");
    }

    @Test
    void aPageSetInShortLinesForPhonesIsReadAsItsSentences() {
        String source = "今天上午10时，\n大湾区又一工程\n示例大桥正式通车，\n两岸车程缩短一半。\n自此两地往来更加便利。";
        assertThat(cleaner.clean(source).original())
                .isEqualTo("今天上午10时，大湾区又一工程示例大桥正式通车，两岸车程缩短一半。\n自此两地往来更加便利。");
    }
}
