package org.baytrack.analysis.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The held-out part of a set, fixed before any of its mistakes were read: within each set, documents are
 * ordered by the SHA-256 of their file name, and the first third (rounded up) is the test part.
 */
public enum CorpusSplit {
    DEV, TEST, ALL;

    public static CorpusSplit parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--split must be dev, test or all, not '" + value + "'");
        }
    }

    public List<LabelledDocument> of(List<LabelledDocument> set) {
        if (this == ALL) {
            return set;
        }
        List<LabelledDocument> ordered = set.stream().sorted(Comparator.comparing(d -> hash(d.name()))).toList();
        int testSize = (ordered.size() + 2) / 3;
        List<LabelledDocument> part = this == TEST ? ordered.subList(0, testSize) : ordered.subList(testSize, ordered.size());
        return part.stream().sorted(Comparator.comparing(LabelledDocument::name)).toList();
    }

    private static String hash(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
