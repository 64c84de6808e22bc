package org.baytrack.analysis.sentence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines a page opens with before its body: a headline, a kicker or standfirst, and past the first few lines the
 * page's chrome (第01版, 上一篇, a date) up to the first sentence that ends as body text does.
 */
public final class Headlines {
    private static final int FIRST_LINES = 3;
    private static final int MAX_LINES = 8;
    private static final int SHORT_EXCLAMATION = 20;

    private Headlines() {
    }

    /** The indexes of the opening lines that end unpunctuated. */
    public static Set<Integer> opening(List<Sentence> sentences) {
        Set<Integer> out = new LinkedHashSet<>();
        boolean bodyBegun = false;
        for (int i = 0; i < Math.min(MAX_LINES, sentences.size()) && (i < FIRST_LINES || !bodyBegun); i++) {
            if (unpunctuated(sentences.get(i).text().strip())) {
                out.add(sentences.get(i).index());
            } else {
                bodyBegun = true;
            }
        }
        return out;
    }

    /** A photo's caption (▲某桥合龙。, 图为…), which retells the body as a headline does. */
    public static boolean caption(String line) {
        return line.startsWith("▲") || line.startsWith("△") || line.startsWith("图为") || line.startsWith("圖為");
    }

    /**
     * A line that ends as no body sentence does; a short exclamation (年底通车！) counts as one. A quotation closed
     * after its full stop (…他说：“…通车。”) ends as a body sentence.
     */
    public static boolean unpunctuated(String line) {
        int end = line.length();
        while (end > 1 && CLOSING_QUOTES.indexOf(line.charAt(end - 1)) >= 0
                && "。！？.!?…".indexOf(line.charAt(end - 2)) >= 0) {
            end--;
        }
        return end > 0 && ("。！？.!?…；;".indexOf(line.charAt(end - 1)) < 0
                || end <= SHORT_EXCLAMATION && "！!".indexOf(line.charAt(end - 1)) >= 0);
    }

    private static final String CLOSING_QUOTES = "”’\"'」』）)";
}
