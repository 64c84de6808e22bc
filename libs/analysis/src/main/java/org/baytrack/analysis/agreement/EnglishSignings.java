package org.baytrack.analysis.agreement;

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
 * Signings in an English sentence: a signing verb and the agreement it takes as object, its title, count and
 * fields, or the agreement standing before a passive verb ("was signed by").
 */
final class EnglishSignings {
    private final Pattern titleTail;
    private final Pattern passive;
    private final Pattern article;
    private final Pattern between;
    private final Pattern agents;
    private final Pattern pointingBack;
    private final Pattern counterpartFirst;
    private final Map<String, Integer> numbers;
    private final Pattern enVerb;
    private final Pattern enNoun;
    private final Pattern enFields;
    private final Pattern enNotYet;
    private final Pattern enTallies;
    private final Pattern enNotAgreementEnd;
    private final Pattern enNotAgreement;
    private final Pattern enNotBetween;
    private final Pattern enNounSign;
    private final PartyWording wording;
    // how far after its noun a title's tail ("on the Arrangements for … of the Express Rail Link") may run
    private static final int TAIL_REACH = 160;
    private static final Pattern QUOTED_TITLE = Pattern.compile("\\s+(?:the\\s+)?[“\"]([^”\"]{4,160})[”\"]");

    EnglishSignings(AgreementVocabulary d, PartyWording wording) {
        enVerb = Alternatives.compile(d.signVerbs().en(), Pattern.CASE_INSENSITIVE);
        enNoun = Alternatives.compile(d.nouns().en(), Pattern.CASE_INSENSITIVE);
        enFields = Pattern.compile("(?:" + String.join("|", d.fieldLeadIns().en()) + ")\\s+([^.;]{3,160}?)(?=[.;]|,? (?:with|at|in|to|and the|which)\\b|$)",
                Pattern.CASE_INSENSITIVE);
        enNotYet = Pattern.compile(d.notYetSigned().en(), Pattern.CASE_INSENSITIVE);
        enTallies = Pattern.compile(d.tallies().en(), Pattern.CASE_INSENSITIVE);
        enNotAgreementEnd = Pattern.compile(d.notAgreements().en().endings(), Pattern.CASE_INSENSITIVE);
        enNotAgreement = Pattern.compile(d.notAgreements().en().containing(), Pattern.CASE_INSENSITIVE);
        enNotBetween = Pattern.compile(d.englishObject().notBetween(), Pattern.CASE_INSENSITIVE);
        enNounSign = Pattern.compile(d.englishObject().nounSign(), Pattern.CASE_INSENSITIVE);
        titleTail = Pattern.compile(d.englishPhrases().titleTail(), Pattern.CASE_INSENSITIVE);
        passive = Pattern.compile(d.englishPhrases().passive(), Pattern.CASE_INSENSITIVE);
        article = Pattern.compile(d.englishPhrases().article(), Pattern.CASE_INSENSITIVE);
        between = Pattern.compile(d.englishPhrases().between(), Pattern.CASE_INSENSITIVE);
        agents = Pattern.compile(d.englishPhrases().agents(), Pattern.CASE_INSENSITIVE);
        pointingBack = Pattern.compile(d.englishPhrases().pointingBack(), Pattern.CASE_INSENSITIVE);
        counterpartFirst = Pattern.compile(d.englishPhrases().counterpartFirst());
        numbers = d.englishPhrases().numbers();
        this.wording = wording;
    }

    /** signed the “Zhuhai and AAHK Cooperation Memorandum of Understanding”: the quoted name is the title. */
    private Telling quotedTitle(String text, Sentence s, List<Mention> mentions, SigningDate when, int verbStart,
                                int verbEnd, Matcher quoted) {
        String title = quoted.group(1).strip();
        if (notSignedThatDay(text, s, verbStart) || enNotAgreement.matcher(title).find()
                || enNotAgreementEnd.matcher(title).find()) {
            return null;
        }
        SigningDate.Reading date = when.signed(s, verbStart);
        if (date.ahead()) {
            return null;
        }
        List<String> names = wordedNames(text, s, mentions, verbStart, verbEnd);
        List<String> parties = AgreementFacts.withoutPlacesInsideNames(
                AgreementFacts.parties(mentions, s, verbStart, s.end(), true), mentions, s, names);
        return new Telling(new Agreement(title, parties, date.iso(), List.of(), null, null, null, s.text(), s.index(), names),
                false);
    }

    /** "will sign", "is to be signed", "have signed 12 deals so far": no signing of the report's day. */
    private boolean notSignedThatDay(String text, Sentence s, int verbStart) {
        String before = text.substring(s.start(), verbStart);
        return enNotYet.matcher(before).find() || enTallies.matcher(before).find();
    }

    /** The parties as the sentence words them around the verb. */
    private List<String> wordedNames(String text, Sentence s, List<Mention> mentions, int verbStart, int verbEnd) {
        String kept = AgreementFacts.namesKept(text, s.start(), s.end(), mentions, s);
        return wording.english(kept, verbStart - s.start(), verbEnd - s.start()).stream()
                .map(AgreementFacts::restored).toList();
    }

    /** The first signing the sentence tells; an English sentence tells at most one. */
    List<Telling> read(String text, Sentence s, List<Mention> mentions, SigningDate when) {
        Matcher verb = enVerb.matcher(text).region(s.start(), s.end());
        while (verb.find()) {
            String verbWord = verb.group().toLowerCase(Locale.ROOT);
            if ((verbWord.equals("sign") || verbWord.equals("signs"))
                    && enNounSign.matcher(text.substring(Math.max(s.start(), verb.start() - 12), verb.start())).find()) {
                continue;
            }
            Matcher quoted = QUOTED_TITLE.matcher(text).region(verb.end(), s.end());
            if (quoted.lookingAt() && enNoun.matcher(quoted.group(1)).find()) {
                Telling titled = quotedTitle(text, s, mentions, when, verb.start(), verb.end(), quoted);
                if (titled != null) {
                    return List.of(titled);
                }
                continue;
            }
            Matcher noun = enNoun.matcher(text).region(verb.end(), Math.min(s.end(), verb.end() + 120));
            if (!noun.find()) {
                Telling passive = passiveSigning(text, s, mentions, when, verb.start(), verb.end());
                if (passive != null) {
                    return List.of(passive);
                }
                continue;
            }
            // "the signing of a co-operation agreement": the noun after "of" is the object
            String head = counterpartFirst.matcher(text.substring(verb.end(), noun.start()).trim()
                    .replaceFirst("^of\\s+", "")).replaceFirst("");
            // the noun must be the verb's object: "After the signing, … the arrangement" is another clause
            if (head.matches(".*[,;:.!?“”\"].*") || head.split("\\s+").length > 10 || enNotBetween.matcher(head).find()
                    || notSignedThatDay(text, s, verb.start())) {
                continue;
            }
            // "the deal", "the framework agreement": a definite agreement with no name of its own is one told before
            boolean refersBack = head.matches("(?:[Tt]he|[Tt]his|[Tt]hat)(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,2}");
            Integer count = null;
            String[] words = head.split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                String w = words[0].toLowerCase(Locale.ROOT);
                count = w.matches("\\d{1,3}") ? Integer.valueOf(w) : numbers.get(w);
                if (count != null || w.equals("the") || w.equals("a") || w.equals("an")) {
                    head = head.substring(words[0].length()).trim();
                }
            }
            String tail = text.substring(noun.end(), Math.min(s.end(), noun.end() + TAIL_REACH));
            Matcher on = titleTail.matcher(tail);
            boolean tailed = on.find();
            String title = (head + " " + text.substring(noun.start(), noun.end()) + (tailed ? on.group() : "")).trim()
                    .replaceFirst("^(?i:deals?|agreements?) of (?=\\p{Lu})", "");
            if (enNotAgreement.matcher(title).find() || enNotAgreementEnd.matcher(title).find()) {
                continue;
            }
            SigningDate.Reading date = when.signed(s, verb.start());
            if (date.ahead()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            Matcher f = enFields.matcher(text).region(noun.end(), s.end());
            if (f.find()) {
                for (String part : f.group(1).split(",\\s*|\\s+and\\s+")) {
                    if (!part.isBlank() && part.length() < 60) {
                        fields.add(part.replaceFirst("^and\\s+", "").trim());
                    }
                }
            }
            Matcher sides = between.matcher(tail);
            List<String> names = sides.find() ? List.of(sides.group(1), sides.group(2)).stream()
                    .map(AgreementFacts::restored).toList() : wordedNames(text, s, mentions, verb.start(), verb.end());
            return List.of(new Telling(new Agreement(title, AgreementFacts.parties(mentions, s, verb.start(), s.end(), true),
                    date.iso(), List.copyOf(fields), count, null, null, s.text(), s.index(), names),
                    refersBack && !tailed));
        }
        return List.of();
    }

    /** "A memorandum on … was signed by A and B on Monday": the agreement stands before the verb. */
    private Telling passiveSigning(String text, Sentence s, List<Mention> mentions, SigningDate when, int verbStart,
                                   int verbEnd) {
        String before = text.substring(s.start(), verbStart);
        Matcher aux = passive.matcher(before);
        if (!aux.find() || enNotYet.matcher(before).find()) {
            return null;
        }
        String subject = before.substring(0, aux.start());
        int clause = Math.max(subject.lastIndexOf(','), subject.lastIndexOf(';')) + 1;
        // "“The agreement has been signed …,” said …": a quotation's opening mark is no part of the title
        while (clause < subject.length() && "“\"‘'「 ".indexOf(subject.charAt(clause)) >= 0) {
            clause++;
        }
        Matcher noun = enNoun.matcher(subject).region(clause, subject.length());
        int nounStart = -1;
        while (noun.find()) {
            nounStart = noun.start();
        }
        if (nounStart < 0) {
            return null;
        }
        Matcher leading = article.matcher(subject).region(clause, nounStart);
        int titleStart = clause;
        boolean definite = false;
        while (leading.find()) {
            titleStart = leading.end();
            definite = leading.group().strip().matches("(?i)the|this|that|these");
        }
        String title = subject.substring(titleStart).strip();
        if (title.isEmpty() || enNotAgreement.matcher(title).find() || enNotAgreementEnd.matcher(title).find()) {
            return null;
        }
        SigningDate.Reading date = when.signed(s, verbStart);
        if (date.ahead()) {
            return null;
        }
        List<String> names = wording.englishAgents(AgreementFacts.namesKept(text, verbEnd, s.end(), mentions, s)).stream()
                .map(AgreementFacts::restored).toList();
        // the agents of "signed by A and B", and the places named before where there is no "by" ("was signed in the
        // city", after a title that names them) or it points back to them ("signed by their local governments")
        List<String> parties = new ArrayList<>();
        boolean byPhrase = agents.matcher(text).region(verbEnd, s.end()).lookingAt();
        if (!byPhrase || pointingBack.matcher(text).region(verbEnd, s.end()).find()) {
            parties.addAll(AgreementFacts.parties(mentions, s, verbStart, s.end(), true));
        }
        if (byPhrase) {
            AgreementFacts.agents(mentions, s, verbEnd, s.end()).stream().filter(p -> !parties.contains(p))
                    .forEach(parties::add);
        }
        return new Telling(new Agreement(title, parties, date.iso(),
                List.of(), null, null, null, s.text(), s.index(), names), definite);
    }
}
