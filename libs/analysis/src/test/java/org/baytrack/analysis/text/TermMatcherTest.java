package org.baytrack.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TermMatcherTest {
    @Test
    void findsEveryOccurrenceOverlapsIncludedInOrderOfEnd() {
        TermMatcher<String> m = new TermMatcher<>(Map.of("深江", "a", "深江铁路", "b", "江门", "c", "铁路", "d"), null);
        assertThat(m.findAll("新建深江铁路经江门", 0, 9)).extracting(TermMatcher.Match::term)
                .containsExactly("深江", "深江铁路", "铁路", "江门");
        assertThat(m.findLongest("新建深江铁路经江门")).extracting(TermMatcher.Match::term, TermMatcher.Match::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("深江铁路", 2), org.assertj.core.groups.Tuple.tuple("江门", 7));
        assertThat(m.findAll("新建深江铁路", 3, 6)).extracting(TermMatcher.Match::term).containsExactly("铁路");
    }

    @Test
    void foldsTheTextBeforeMatching() {
        char[] lower = new char[65536];
        for (int c = 0; c < lower.length; c++) {
            lower[c] = Character.toLowerCase((char) c);
        }
        TermMatcher<Integer> m = new TermMatcher<>(Map.of("copyright", 1), lower);
        assertThat(m.findAll("COPYRIGHT 2024, Copyright", 0, 25)).extracting(TermMatcher.Match::start).containsExactly(0, 16);
    }

    @Test
    void aFoldedRunOfSpacesReadsAsOneWhenAskedSoSpacedDashesMeetTheName() {
        char[] dashAsSpace = new char[65536];
        for (int c = 0; c < dashAsSpace.length; c++) {
            dashAsSpace[c] = c == '-' ? ' ' : Character.toLowerCase((char) c);
        }
        TermMatcher<Integer> m = new TermMatcher<>(Map.of("qingfu bay line", 1), dashAsSpace, true);
        String text = "the Qingfu - Bay  line opened";
        assertThat(m.findAll(text, 0, text.length())).extracting(TermMatcher.Match::start, TermMatcher.Match::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 22));
        assertThat(new TermMatcher<>(Map.of("qingfu bay line", 1), dashAsSpace).findAll(text, 0, text.length())).isEmpty();
    }

    @Test
    void agreesWithANaiveScanOnManyTermsAndCharsAcrossTheWholeRange() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "ab中文江门铁路\uFFFF\u0001Zz" + (char) 0x9FA5 + (char) 0x4E00;
        Map<String, Integer> terms = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            // many distinct first chars exercise the table of first chars; the alphabet makes terms overlap
            StringBuilder t = new StringBuilder().append((char) (0x4E00 + random.nextInt(3000)));
            if (i % 3 == 0) {
                t.setCharAt(0, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            terms.put(t.toString(), i);
        }
        TermMatcher<Integer> m = new TermMatcher<>(terms, null);
        for (int round = 0; round < 50; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                text.append(random.nextInt(3) == 0 ? (char) (0x4E00 + random.nextInt(3000))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(spans(m.findAll(s, 0, s.length()))).isEqualTo(naive(terms, s));
        }
    }

    private static List<String> spans(List<TermMatcher.Match<Integer>> matches) {
        return matches.stream().map(x -> x.start() + ":" + x.term()).sorted().toList();
    }

    private static List<String> naive(Map<String, Integer> terms, String text) {
        List<String> out = new ArrayList<>();
        for (String t : terms.keySet()) {
            for (int i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
                out.add(i + ":" + t);
            }
        }
        return out.stream().sorted().toList();
    }
}
