package org.baytrack.commons.request;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestShapeTest {
    @Test
    void aUriWithABadEscapeOrAnIllegalCharacterIsNamedAndAGoodOnePasses() {
        assertThat(RequestShape.uriProblem("/documents/doc-1?since=2021-12-29T00:00:00Z&q=%E5%A4%A7")).isNull();
        assertThat(RequestShape.uriProblem("/documents/%zz")).contains("'%' that is not followed by two hexadecimal digits");
        assertThat(RequestShape.uriProblem("/documents?q=50%")).contains("two hexadecimal digits");
        assertThat(RequestShape.uriProblem("/documents?a=b|c")).startsWith("The request URI is not valid").contains("index 14");
    }

    @Test
    void aControlCharacterInAHeaderIsNamedWithoutQuotingTheValue() {
        assertThat(RequestShape.headerProblem(List.of(Map.entry("Authorization", "Bearer key\tpart")))).isNull();
        String problem = RequestShape.headerProblem(List.of(Map.entry("Accept", "*/*"),
                Map.entry("Authorization", "Bearer secret\u0001")));
        assertThat(problem).isEqualTo("Header 'Authorization' contains the control character U+0001; remove it.");
        assertThat(problem).doesNotContain("secret");
        assertThat(RequestShape.headerProblem(List.of(Map.entry("Content-Type", "text/plain\u0000"))))
                .contains("U+0000");
        assertThat(RequestShape.headerProblem(List.of(Map.entry("X\u0001", "a")))).startsWith("A header name contains");
        assertThat(RequestShape.headerProblem(List.of(Map.entry("X Forwarded", "a")))).contains("'X Forwarded'");
    }
}
