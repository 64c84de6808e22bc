package org.baytrack.analysis.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptConverterTest {
    private final ScriptConverter converter = ScriptConverter.get();

    @Test
    void simplifiesCharacterByCharacterKeepingLength() {
        String traditional = "黃茅海跨海通道項目預計2024年建成通車，坐落著香港團隊管理的科技園";
        String simplified = converter.toSimplified(traditional);
        assertThat(simplified).isEqualTo("黄茅海跨海通道项目预计2024年建成通车，坐落着香港团队管理的科技园");
        assertThat(simplified).hasSameSizeAs(traditional);
    }

    @Test
    void phraseExceptionsOverrideTheCharacterTable() {
        assertThat(converter.toSimplified("著名的港珠澳大橋，成效顯著")).isEqualTo("著名的港珠澳大桥，成效显著");
        // Hong Kong and Taiwan write 計畫 and 規畫 where the mainland writes 计划 and 规划
        assertThat(converter.toSimplified("計畫於2020年開工，規畫中的新線")).isEqualTo("计划于2020年开工，规划中的新线");
    }

    @Test
    void detectsScript() {
        assertThat(converter.detect("廣州深圳雙城聯動，簽署了7項深化合作專項協議")).isEqualTo(ChineseScript.HANT);
        assertThat(converter.detect("广州深圳双城联动，签署了7项深化合作专项协议")).isEqualTo(ChineseScript.HANS);
        assertThat(converter.detect("Shenzhen and Hong Kong")).isNull();
    }

    @Test
    void leavesSimplifiedTextAlone() {
        assertThat(converter.hasTraditional("深中通道正式通车")).isFalse();
        assertThat(converter.hasTraditional("深中通道正式通車")).isTrue();
    }
}
