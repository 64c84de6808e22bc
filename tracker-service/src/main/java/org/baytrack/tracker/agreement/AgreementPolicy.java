package org.baytrack.tracker.agreement;

import org.baytrack.events.AgreementChanged;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.ArticleCataloged.AgreementClaim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which claims are the same agreement, how its terms merge across articles, and where it stands: signed, in
 * implementation once evidence reports items done, completed when every item is done. Never backwards.
 */
public final class AgreementPolicy {
    private static final Pattern NOISE = Pattern.compile("[\\s《》〈〉“”\"'‘’「」『』()（）]");

    private AgreementPolicy() {
    }

    public enum Status {
        SIGNED, IN_IMPLEMENTATION, COMPLETED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** What is known of an agreement's terms. */
    public record Terms(String title, List<String> parties, String signed, List<String> fields, Integer count) {
        public Terms {
            parties = parties == null ? List.of() : List.copyOf(parties);
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /** Stable id from the normalised title and the sorted parties: reports of one agreement share it. */
    public static String id(AgreementClaim claim) {
        String title = claim.title() == null ? "" : NOISE.matcher(claim.title()).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> parties = new ArrayList<>(claim.parties() == null ? List.of() : claim.parties());
        parties.sort(null);
        String key = title + "|" + String.join(",", parties) + (title.isEmpty() ? "|" + claim.signed() : "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "agr-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Terms as first reported, completed by later reports: missing values filled, fields joined, the more precise date. */
    public static Terms merge(Terms known, AgreementClaim claim) {
        if (known == null) {
            return new Terms(claim.title(), claim.parties(), claim.signed(), claim.fields(), claim.count());
        }
        var fields = new LinkedHashSet<>(known.fields());
        if (claim.fields() != null) {
            fields.addAll(claim.fields());
        }
        return new Terms(known.title() != null ? known.title() : claim.title(),
                known.parties().isEmpty() && claim.parties() != null ? claim.parties() : known.parties(),
                moreExact(known.signed(), claim.signed()),
                List.copyOf(fields),
                larger(known.count(), claim.count()));
    }

    /** A more precise date of the same period replaces a vaguer one ("2019" → "2019-09-06"); a conflict keeps the first. */
    static String moreExact(String known, String claimed) {
        if (known == null) {
            return claimed;
        }
        if (claimed != null && claimed.length() > known.length() && claimed.startsWith(known)) {
            return claimed;
        }
        return known;
    }

    private static Integer larger(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    public static Status status(Status current, Integer items, Integer done) {
        Status reported = Status.SIGNED;
        if (done != null && done > 0) {
            reported = items != null && items > 0 && done >= items ? Status.COMPLETED : Status.IN_IMPLEMENTATION;
        }
        return current != null && current.compareTo(reported) > 0 ? current : reported;
    }

    public static boolean reportsProgress(AgreementClaim claim) {
        return claim.items() != null || claim.done() != null;
    }

    /**
     * What an article's reports did to an agreement, as one change: first seen (it had no state before), else a
     * status move, else new figures; nothing when it stands where it stood.
     */
    public static Optional<String> change(AgreementChanged.State before, AgreementChanged.State after) {
        if (before == null) {
            return Optional.of(AgreementChanged.FIRST_SEEN);
        }
        if (!Objects.equals(before.status(), after.status())) {
            return Optional.of(AgreementChanged.STATUS_CHANGED);
        }
        if (!Objects.equals(before.items(), after.items()) || !Objects.equals(before.done(), after.done())) {
            return Optional.of(AgreementChanged.PROGRESS);
        }
        return Optional.empty();
    }

    /** The projects an article names, in order of first mention: the projects its agreements concern. */
    public static List<String> projects(List<ArticleCataloged.Sentence> sentences) {
        var ids = new LinkedHashSet<String>();
        if (sentences != null) {
            sentences.stream().flatMap(s -> s.mentions() == null ? java.util.stream.Stream.empty() : s.mentions().stream())
                    .filter(m -> "project".equals(m.type()) && m.entity() != null)
                    .forEach(m -> ids.add(m.entity()));
        }
        return List.copyOf(ids);
    }

    /** Both lists' items, each once, those known first. */
    static List<String> union(List<String> known, List<String> more) {
        var all = new LinkedHashSet<String>(known == null ? List.of() : known);
        all.addAll(more);
        return List.copyOf(all);
    }
}
