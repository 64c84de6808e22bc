package org.baytrack.analysis.script;

import com.ibm.icu.text.Transliterator;
import org.baytrack.analysis.data.DataFiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Traditional/Simplified conversion by table lookup. The tables are built once from ICU's
 * transliterators applied to every BMP ideograph, because running the transliterator per
 * document is slower than the whole rest of the pipeline. Conversion keeps the length, so
 * offsets in the converted text are offsets in the original.
 */
public final class ScriptConverter {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0xFAFF;

    private final char[] toSimplified = new char[LAST - FIRST + 1];
    private final char[] toTraditional = new char[LAST - FIRST + 1];
    private final Map<Character, List<String>> phrasesByFirst = new HashMap<>();
    private final Map<String, String> phrases = new HashMap<>();

    private static final class Holder {
        static final ScriptConverter INSTANCE = new ScriptConverter();
    }

    public static ScriptConverter get() {
        return Holder.INSTANCE;
    }

    private ScriptConverter() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
        for (int cp = FIRST; cp <= LAST; cp++) {
            char c = (char) cp;
            toSimplified[cp - FIRST] = singleChar(t2s.transliterate(String.valueOf(c)), c);
            toTraditional[cp - FIRST] = singleChar(s2t.transliterate(String.valueOf(c)), c);
        }
        PhraseData data = DataFiles.read("script-phrases.yaml", PhraseData.class);
        for (Map.Entry<String, String> e : data.traditionalToSimplified().entrySet()) {
            if (e.getKey().length() == e.getValue().length()) {
                phrases.put(e.getKey(), e.getValue());
                phrasesByFirst.computeIfAbsent(e.getKey().charAt(0), c -> new java.util.ArrayList<>()).add(e.getKey());
            }
        }
    }

    /** Phrase exceptions where the character table alone gives the wrong Simplified form. */
    public record PhraseData(int version, Map<String, String> traditionalToSimplified) {
    }

    private static char singleChar(String converted, char fallback) {
        return converted.length() == 1 ? converted.charAt(0) : fallback;
    }

    public char simplify(char c) {
        return c >= FIRST && c <= LAST ? toSimplified[c - FIRST] : c;
    }

    public char traditionalise(char c) {
        return c >= FIRST && c <= LAST ? toTraditional[c - FIRST] : c;
    }

    /** Simplified form of a Traditional text, same length, phrase exceptions applied. */
    public String toSimplified(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c < FIRST || c > LAST) {
                continue;
            }
            out[i] = toSimplified[c - FIRST];
            List<String> candidates = phrasesByFirst.get(c);
            if (candidates != null) {
                for (String phrase : candidates) {
                    if (text.startsWith(phrase, i)) {
                        String replacement = phrases.get(phrase);
                        replacement.getChars(0, replacement.length(), out, i);
                        i += phrase.length() - 1;
                        break;
                    }
                }
            }
        }
        return new String(out);
    }

    /** Whether any character needs converting: Simplified documents are then left as they are. */
    public boolean hasTraditional(String text) {
        for (char c : text.toCharArray()) {
            if (c >= FIRST && c <= LAST && toSimplified[c - FIRST] != c) {
                return true;
            }
        }
        return false;
    }

    public String toTraditional(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = traditionalise(text.charAt(i));
        }
        return new String(out);
    }

    /**
     * Hant when characters that exist only in Traditional clearly outnumber those that exist
     * only in Simplified; null when the text has too few ideographs to say it is Chinese.
     */
    public ChineseScript detect(String text) {
        int han = 0;
        int traditionalOnly = 0;
        int simplifiedOnly = 0;
        char[] chars = text.toCharArray();
        for (char c : chars) {
            if (c < FIRST || c > LAST) {
                continue;
            }
            han++;
            if (toSimplified[c - FIRST] != c) {
                traditionalOnly++;
            } else if (toTraditional[c - FIRST] != c) {
                simplifiedOnly++;
            }
        }
        if (han == 0) {
            return null;
        }
        return traditionalOnly > 2 * simplifiedOnly && traditionalOnly >= 3 ? ChineseScript.HANT : ChineseScript.HANS;
    }

    List<String> phraseKeys() {
        return List.copyOf(phrases.keySet());
    }
}
