package org.baytrack.analysis.gazetteer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class GazetteerTest {
    private static final Gazetteer DEFAULT = Gazetteer.loadDefault();

    @Test
    void prefersTheLongestNameSoPlacesInsideNamesAreNotSplitOff() {
        List<Mention> found = DEFAULT.mentions("香港科技大学(广州)与江门市政府签订协议，黄茅海跨海通道首片节段梁成功架设");
        assertThat(found).extracting(Mention::entity, Mention::text)
                .containsExactly(tuple("hkust-gz", "香港科技大学(广州)"), tuple("jiangmen-government", "江门市政府"),
                        tuple("huangmaohai-passage", "黄茅海跨海通道"));
    }

    @Test
    void matchesEnglishNamesRegardlessOfCaseAndDashes() {
        List<Mention> found = DEFAULT.mentions("The SHENZHEN–JIANGMEN high speed railway and the huangmaohai passage");
        assertThat(found).extracting(Mention::entity)
                .containsExactly("shenzhen-jiangmen-hsr", "huangmaohai-passage");
        assertThat(found.get(0).text()).isEqualTo("SHENZHEN–JIANGMEN high speed railway");
    }

    @Test
    void coordinatedNamesSharingASuffixAreBothFound() {
        assertThat(DEFAULT.mentions("赣深、广汕汕高铁加快建设")).extracting(Mention::entity, Mention::text)
                .containsExactly(tuple("ganzhou-shenzhen-hsr", "赣深"), tuple("guangzhou-shantou-hsr", "广汕汕高铁"));
        assertThat(DEFAULT.mentions("江门、广汕汕高铁")).extracting(Mention::entity).containsExactly("jiangmen", "guangzhou-shantou-hsr");
    }

    @Test
    void englishNamesDoNotMatchInsideLongerWords() {
        assertThat(DEFAULT.mentions("Zhuhaiwan and Shenzhenese")).isEmpty();
    }

    @Test
    void traditionalAliasesInTheDataAreMatchedOnSimplifiedText() {
        Gazetteer g = Gazetteer.of(List.of(new Entity("x-bridge", Entity.PROJECT, "测试大桥", "測試大橋", null, List.of("測試橋樑"))));
        assertThat(g.mentions("测试桥梁通车")).extracting(Mention::entity).containsExactly("x-bridge");
    }

    @Test
    void registeringAProjectAtRuntimeReturnsANewGazetteer() {
        Entity yongzhou = Entity.project("guangzhou-yongzhou-railway", "广永铁路", "Guangzhou-Yongzhou Railway",
                List.of("广州至永州铁路"));
        Gazetteer extended = DEFAULT.withEntity(yongzhou);

        assertThat(extended.find("guangzhou-yongzhou-railway")).contains(yongzhou);
        assertThat(DEFAULT.find("guangzhou-yongzhou-railway")).isEmpty();
        assertThat(extended.mentions("广州至永州铁路开工")).extracting(Mention::entity)
                .containsExactly("guangzhou-yongzhou-railway");
        assertThat(extended.entities()).hasSize(DEFAULT.entities().size() + 1);
    }

    @Test
    void rejectsDuplicateIds() {
        Entity a = Entity.project("dup", "甲大桥", null, List.of());
        assertThatThrownBy(() -> Gazetteer.of(List.of(a, a))).hasMessageContaining("dup");
    }

    @org.junit.jupiter.api.Test
    void aNameIsKnownWithEitherSpellingOfItsSuffix() {
        Gazetteer g = Gazetteer.loadDefault();
        org.assertj.core.api.Assertions.assertThat(g.mentions("深圳至江门高速铁路全线开工"))
                .extracting(Mention::entity).containsExactly("shenzhen-jiangmen-hsr");
        org.assertj.core.api.Assertions.assertThat(Gazetteer.suffixVariants("中开高速")).containsExactly("中开高速公路");
        org.assertj.core.api.Assertions.assertThat(Gazetteer.suffixVariants("广湛高速铁路")).containsExactly("广湛高铁");
    }

    @Test
    void englishReportsNameAProjectByOtherWordsForItsKindAndByThePinyinOfItsShortName() {
        assertThat(DEFAULT.mentions("the Shenmao Railway and the Shenzhen-Jiangmen line")).extracting(Mention::entity)
                .containsExactly("shenzhen-maoming-railway", "shenzhen-jiangmen-hsr");
        assertThat(DEFAULT.mentions("the Shenzhong Link")).extracting(Mention::entity).containsExactly("shenzhen-zhongshan-link");
    }

    @Test
    void aVariantTwoProjectsWouldShareNamesNeitherAndAGivenNameWins() {
        Gazetteer twins = Gazetteer.of(List.of(
                Entity.project("east-line", "东湾铁路", "East Bay Railway", List.of()),
                Entity.project("cave-line", "洞湾城际", "Cave Bay Intercity Railway", List.of()),
                Entity.project("east-road", "东湾高速", "East Bay Expressway", List.of("East Bay line"))));
        assertThat(twins.mentions("the Dongwan line")).isEmpty();
        assertThat(twins.mentions("the East Bay line, the Cave Bay line and the Dongwan Expressway"))
                .extracting(Mention::entity).containsExactly("east-road", "cave-line", "east-road");
    }

    @Test
    void aNameSpeltOutInBracketedGlossesIsAMentionOfTheName() {
        List<Mention> found = DEFAULT.mentions("另外，深(圳)中(山)通道已全面开建，广(州)中(山)江(门)高速将于年底通车");
        assertThat(found).extracting(Mention::entity, Mention::text)
                .containsExactly(tuple("shenzhen-zhongshan-link", "深(圳)中(山)通道"),
                        tuple("guangzhou-zhongshan-jiangmen-expressway", "广(州)中(山)江(门)高速"));
        assertThat(found.get(0).start()).isEqualTo(3);
        assertThat(found.get(0).end()).isEqualTo(13);
        assertThat(DEFAULT.mentions("香港科技大学(广州)与江门市政府签订协议")).extracting(Mention::text)
                .as("a bracket that belongs to the name stays in it").startsWith("香港科技大学(广州)");
        assertThat(DEFAULT.mentions("江门(新会)的项目")).extracting(Mention::text).as("a gloss inside no name changes nothing")
                .containsExactly("江门", "新会");
    }

    @Test
    void aLineDescribedByItsTwoEndsIsTheProjectNamedAfterThem() {
        assertThat(DEFAULT.mentions("A high-speed railway connecting Shenzhen city and Jiangmen city recently started construction."))
                .extracting(Mention::entity, Mention::text)
                .containsExactly(tuple("shenzhen-jiangmen-hsr", "railway connecting Shenzhen city and Jiangmen city"));
        assertThat(DEFAULT.mentions("Work on a highway linking south China's Shenzhen and Zhongshan started."))
                .extracting(Mention::entity).containsExactly("shenzhen-zhongshan-link");
        assertThat(DEFAULT.mentions("The Guangzhou-Shenzhen-Hong Kong express will begin service."))
                .extracting(Mention::entity).containsExactly("guangzhou-shenzhen-hong-kong-xrl");
        assertThat(DEFAULT.mentions("A railway linking Jiangmen and Kaiping opened.")).extracting(Mention::type)
                .as("no project is named after those ends: the places stay places").containsOnly("place");
        assertThat(DEFAULT.mentions("A cross-sea bridge linking Zhuhai and Jiangmen was closed.")).extracting(Mention::type)
                .as("a bridge so described is a crossing, not the expressway named after the same ends").containsOnly("place");
        assertThat(DEFAULT.mentions("A highway linking Zhuhai and Jiangmen was widened.")).extracting(Mention::entity)
                .containsExactly("jiangmen-zhuhai-expressway");
    }

    @Test
    void aCrossingDescribedByItsThreeEndsInAnyOrderIsTheProjectNamedAfterThem() {
        assertThat(DEFAULT.mentions("A bridge connecting Zhuhai, Macau and Hong Kong will miss its deadline."))
                .extracting(Mention::entity).containsExactly("hong-kong-zhuhai-macao-bridge");
        assertThat(DEFAULT.mentions("The Shenzhen - Zhongshan Corridor opened.")).extracting(Mention::entity)
                .containsExactly("shenzhen-zhongshan-link");
        assertThat(DEFAULT.mentions("Work on a high-speed rail that will link Ganzhou in Jiangxi Province and Shenzhen began."))
                .extracting(Mention::entity).contains("ganzhou-shenzhen-hsr");
    }

    @Test
    void aLineNamedByItsEndsShortNamesIsAlsoNamedByTheirFullNames() {
        assertThat(DEFAULT.mentions("东莞至惠州城际铁路今日开通。")).extracting(Mention::entity)
                .containsExactly("dongguan-huizhou-intercity");
        assertThat(DEFAULT.mentions("广州至湛江高铁全线铺轨。")).extracting(Mention::entity)
                .containsExactly("guangzhou-zhanjiang-hsr");
    }
}
