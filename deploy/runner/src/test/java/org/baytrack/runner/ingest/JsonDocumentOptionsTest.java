package org.baytrack.runner.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonDocumentOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> options(String source, String published, String backfill) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("published", published);
        m.put("backfill", backfill);
        return m;
    }

    @Test
    void theCommandsOptionsFillWhatTheDocumentLacks() throws Exception {
        byte[] doc = "{\"text\":\"青蚨湾测试铁路今日通车。\",\"source\":null}".getBytes(StandardCharsets.UTF_8);
        var filled = JSON.readTree(JsonDocumentOptions.withOptions(doc, options("Test Daily", "2025-03-01", "true")));
        assertThat(filled.path("text").asText()).isEqualTo("青蚨湾测试铁路今日通车。");
        assertThat(filled.path("source").asText()).isEqualTo("Test Daily");
        assertThat(filled.path("published").asText()).isEqualTo("2025-03-01");
        assertThat(filled.path("backfill").isBoolean()).isTrue();
    }

    @Test
    void anOptionTheDocumentContradictsIsAnErrorNamingBoth() {
        byte[] doc = "{\"text\":\"x\",\"published\":\"2024-01-02\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonDocumentOptions.withOptions(doc, options(null, "2025-03-01", null)))
                .hasMessage("the file's published is '2024-01-02', the command's --published '2025-03-01'");
    }

    @Test
    void whatIsNoJsonObjectGoesAsItIsForIngestToJudge() {
        byte[] notJson = "[1, 2".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonDocumentOptions.withOptions(notJson, options("S", null, null))).isSameAs(notJson);
    }
}
