package org.baytrack.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AlternativesTest {
    static final List<String> CUES = List.of("\\bopen(?:s|ed)?\\b", "\\bopened to traffic\\b",
            "(?<=\\bwill )complete\\b", "n't\\b", "\\b(?:broke|breaks) ground\\b", "^As ");

    @Test
    void consecutiveWordStartsShareOneTestAndAreSortedByTheirFirstLetter() {
        String joined = Alternatives.join(CUES, Pattern.CASE_INSENSITIVE);
        assertThat(joined).isEqualTo("(?=[\\x{6f}])\\b(?:(?=\\x{6f})(?:open(?:s|ed)?\\b|opened to traffic\\b))"
                + "|(?=[\\x{63}])(?<=\\bwill )complete\\b|(?=[\\x{6e}])n't\\b"
                + "|(?=[\\x{62}])\\b(?:(?=\\x{62})(?:(?:broke|breaks) ground\\b))|(?=[\\x{61}])^As ");
        assertThat(Alternatives.join(List.of("\\bopen\\b", "\\bbroke ground\\b", "\\bopened\\b"), 0))
                .as("alternatives that begin differently never meet at one position; the others keep their order")
                .isEqualTo("(?=[\\x{62}\\x{6f}])\\b(?:(?=\\x{62})(?:broke ground\\b)|(?=\\x{6f})(?:open\\b|opened\\b))");
    }

    @Test
    void alternativesWithNamedGroupsShareTheTestButAreNotCopiedUnderEachFirstCharacter() {
        Pattern p = Alternatives.compile(List.of("\\b(?:rail|road) to (?<town>[A-Z][a-z]+)\\b"), 0);
        assertThat(p.pattern()).isEqualTo("(?=[\\x{72}])\\b(?:(?:rail|road) to (?<town>[A-Z][a-z]+)\\b)");
        Matcher m = p.matcher("a road to Jiangmen");
        assertThat(m.find()).isTrue();
        assertThat(m.group("town")).isEqualTo("Jiangmen");
        assertThat(Alternatives.compile(List.of("\\b(?:is|are) (?<what>due)\\b"), Pattern.CASE_INSENSITIVE).matcher("It IS due")
                .find()).isTrue();
    }

    @Test
    void aLeadingLookBehindIsSkippedToFindWhatTheMatchBeginsWith() {
        assertThat(Alternatives.lookBehindEnd("(?<=\\b(?:to|will) (?:fully )?)commission\\b")).isEqualTo(30);
        assertThat(Alternatives.lookBehindEnd("(?<![(\\)])x")).isEqualTo(10);
        assertThat(Alternatives.lookBehindEnd("\\bopen")).isZero();
    }

    @Test
    void theFirstCharactersOfARegexAreThoseItCanBeginWith() {
        assertThat(Alternatives.firstCharacters("(?:broke|began) ground", 0)).containsExactly('b');
        assertThat(Alternatives.firstCharacters("(?:to|will) (?:open|start)", Pattern.CASE_INSENSITIVE))
                .containsExactlyInAnyOrder('t', 'T', 'w', 'W');
        assertThat(Alternatives.firstCharacters("\\d{4} opening", 0)).hasSize(10);
        assertThat(Alternatives.firstCharacters("[^,]+ opened", 0)).as("may begin with any character").isNull();
        assertThat(Alternatives.firstCharacters("(?:the )?line", 0)).containsExactlyInAnyOrder('t', 'l');
        assertThat(Alternatives.firstCharacters("x?", 0)).as("matches nothing at all").isNull();
    }

    @Test
    void findsWhatThePlainAlternationFinds() {
        String text = "As it opened to traffic, the firm said it will complete the link and broke ground; it isn't "
                + "reopened, and the Opens of reopens do not count. OPENED TO TRAFFIC.";
        Pattern plain = Pattern.compile(String.join("|", CUES), Pattern.CASE_INSENSITIVE);
        Pattern shared = Alternatives.compile(CUES, Pattern.CASE_INSENSITIVE);
        assertThat(spans(shared.matcher(text))).isEqualTo(spans(plain.matcher(text)))
                .contains("As ", "opened", "complete", "broke ground", "n't", "OPENED").doesNotContain("opens");
    }

    private static List<String> spans(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
