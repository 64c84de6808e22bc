package org.baytrack.analysis.agreement;

import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;

import org.baytrack.analysis.text.Alternatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 会后双方签署…: a party worded as 双方, 两地 or "both sides" is the parties told before it. A joint meeting's name
 * says who they are (粤港合作联席会议: the Guangdong and Hong Kong governments); otherwise the places and
 * organisations named in the sentences just before.
 */
final class CollectiveParties {
    private static final int REACH = 3;

    private final List<String> chinese;
    private final Pattern english;
    private final Map<String, Integer> counts;
    private final Pattern jointMeeting;
    private final Map<String, String> abbreviations;
    private final Pattern abbreviatedGovernments;

    CollectiveParties(AgreementVocabulary.Collective data) {
        chinese = data.words().zh();
        english = Alternatives.compile(data.words().en(), Pattern.CASE_INSENSITIVE);
        counts = data.counts();
        jointMeeting = Pattern.compile(data.jointMeeting());
        abbreviations = data.abbreviations();
        abbreviatedGovernments = Pattern.compile(data.abbreviatedGovernments());
    }

    Agreement resolve(Agreement a, String text, List<Sentence> sentences, List<Mention> mentions) {
        return resolveCollective(resolveAbbreviated(a), text, sentences, mentions);
    }

    /** 国家发改委及粤港澳政府: the governments the one-character names stand for, the wording kept as written. */
    private Agreement resolveAbbreviated(Agreement a) {
        List<String> parties = new ArrayList<>(a.parties());
        Matcher m = abbreviatedGovernments.matcher(a.evidence());
        while (m.find()) {
            m.group(1).chars().forEach(c -> addOnce(parties, abbreviations.get(String.valueOf((char) c))));
        }
        return parties.size() == a.parties().size() ? a : new Agreement(a.title(), List.copyOf(parties), a.signed(),
                a.fields(), a.count(), a.items(), a.done(), a.evidence(), a.sentence(), a.partyNames());
    }

    private Agreement resolveCollective(Agreement a, String text, List<Sentence> sentences, List<Mention> mentions) {
        String collective = a.partyNames().stream().filter(this::isCollective).findFirst().orElse(null);
        if (collective == null) {
            return a;
        }
        Sentence s = sentences.get(a.sentence());
        List<String> parties = new ArrayList<>(a.parties());
        parties.remove(collective);
        List<String> names = new ArrayList<>(a.partyNames());
        // 粤澳双方 names both sides itself, and is kept as written; a bare 双方 stands for parties told before
        String prefix = abbreviationsBefore(collective);
        if (prefix == null) {
            names.remove(collective);
        }
        String meeting = prefix != null ? prefix : lastJointMeeting(text, s.end());
        if (meeting != null) {
            for (char c : meeting.toCharArray()) {
                addOnce(parties, abbreviations.get(String.valueOf(c)));
            }
            if (prefix == null) {
                // 双方 after the 粤港合作联席会议 is 粤港双方: the sides the meeting's name gives, in the text's word
                addOnce(names, meeting + collective);
            }
        } else {
            int wanted = counts.getOrDefault(collective, Integer.MAX_VALUE);
            for (String id : namedBefore(s, mentions)) {
                if (parties.size() >= wanted) {
                    break;
                }
                addOnce(parties, id);
            }
        }
        return new Agreement(a.title(), List.copyOf(parties), a.signed(), a.fields(), a.count(), a.items(), a.done(),
                a.evidence(), a.sentence(), names);
    }

    private boolean isCollective(String name) {
        return chinese.contains(name) || abbreviationsBefore(name) != null || english.matcher(name.toLowerCase(Locale.ROOT)).find();
    }

    private String abbreviationsBefore(String name) {
        for (String word : chinese) {
            String prefix = name.endsWith(word) ? name.substring(0, name.length() - word.length()) : "";
            if (prefix.length() >= 2 && prefix.chars().allMatch(c -> abbreviations.containsKey(String.valueOf((char) c)))) {
                return prefix;
            }
        }
        return null;
    }

    private String lastJointMeeting(String text, int before) {
        Matcher m = jointMeeting.matcher(text).region(0, before);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    /** Places and organisations of this sentence and the few before it, the nearest first. */
    private static List<String> namedBefore(Sentence s, List<Mention> mentions) {
        List<String> out = new ArrayList<>();
        for (int i = s.index(); i >= Math.max(0, s.index() - REACH); i--) {
            int sentence = i;
            List<Mention> here = mentions.stream().filter(m -> m.sentence() == sentence
                    && (Entity.PLACE.equals(m.type()) || Entity.ORGANISATION.equals(m.type()))
                    && !"greater-bay-area".equals(m.entity())).toList();
            for (int j = here.size() - 1; j >= 0; j--) {
                addOnce(out, here.get(j).entity());
            }
        }
        return out;
    }

    private static void addOnce(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }
}
