package org.baytrack.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.baytrack.commons.request.ControlFreeJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class JsonProblemsTest {
    record Webhook(String url, Integer port) {
    }

    record Sample(String name, List<String> aliases, Boolean backfill, int count, Webhook webhook) {
    }

    static final ObjectMapper STRICT = ControlFreeJson.strict(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"nmae": "x"}                      | Unknown field 'nmae'; the known fields are aliases, backfill, count, name, webhook.
            {"webhook": {"uri": "x"}}          | Unknown field 'uri' in 'webhook'; the known fields are port, url.
            {"name": ["a"]}                    | Field 'name' must be a string.
            {"name": 42}                       | Field 'name' must be a string
            {"name": true}                     | Field 'name' must be a string
            {"aliases": "a"}                   | Field 'aliases' must be an array.
            {"aliases": [{"a": 1}]}            | Field 'aliases[0]' must be a string.
            {"backfill": "yes"}                | Field 'backfill' must be true or false, not 'yes'.
            {"count": "many"}                  | Field 'count' must be a whole number, not 'many'.
            {"webhook": 3}                     | Field 'webhook' must be a JSON object.
            {"webhook": {"port": "x"}}         | Field 'webhook.port' must be a whole number, not 'x'.
            {"count": 99999999999}             | Field 'count' is out of range for a whole number
            {"name": "a\\u0000b"}              | Field 'name' contains the control character U+0000
            [1, 2]                             | The body must be a JSON object.
            {"name": }                         | The body is not valid JSON (line 1, column 10)
            '{"name": "'                       | The body is not valid JSON
            """)
    void namesTheFieldAndWhatItMustBe(String json, String expected) {
        String detail = JsonProblems.detail(failure(STRICT, json));
        assertThat(detail).contains(expected).doesNotContain("org.baytrack", "java.", "com.fasterxml", "Exception");
    }

    @ParameterizedTest
    @CsvSource({"'{\"name\": \"a\\tb\\nc\"}'"})
    void tabsAndLineBreaksInStringsAreAccepted(String json) throws Exception {
        assertThat(STRICT.readValue(json, Sample.class).name()).isEqualTo("a\tb\nc");
    }

    @ParameterizedTest
    @CsvSource({"12"})
    void parserLimitsAreToldWithoutTheirJavaNames(int depth) {
        ObjectMapper shallow = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(depth).build()).build()).build();
        String json = "[".repeat(depth + 5) + "]".repeat(depth + 5);
        String detail = JsonProblems.detail(catchThrowableOfType(JsonProcessingException.class, () -> shallow.readTree(json)));
        assertThat(detail).startsWith("The JSON body goes past a parser limit")
                .doesNotContain("StreamReadConstraints", "`", "Exception");
    }

    private static JsonProcessingException failure(ObjectMapper mapper, String json) {
        return catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(json, Sample.class));
    }
}
