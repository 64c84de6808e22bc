package org.baytrack.analysis.agreement;

import org.baytrack.analysis.dates.ChineseNumber;
import org.baytrack.analysis.dates.DateContext;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.analysis.text.Alternatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds signed agreements: a signing verb followed by an agreement noun (or a 《title》 it
 * signs), with the parties named before the verb, the date, fields and counts, and progress
 * figures (27个合作事项…已完成5项) from the same or the next sentences.
 */
public final class AgreementExtractor {
    private static final int PROGRESS_REACH = 2;

    private final Pattern items;
    private final Pattern done;
    private final Pattern enItems;
    private final Pattern enDone;
    private final SigningDate.RelativeDays relativeDays;
    private final Pattern englishAnotherClause;
    private final Pattern toldAsDoneZh;
    private final Pattern toldAsDoneEn;
    private final ChineseSignings chineseSignings;
    private final EnglishSignings englishSignings;
    private final CollectiveParties collectiveParties;
    private final Pattern genericTitle;
    private final Pattern governmentWords;
    private final Pattern alsoSignedZh;
    private final Pattern alsoSignedEn;

    public AgreementExtractor() {
        AgreementVocabulary d = AgreementVocabulary.load();
        items = Pattern.compile(d.itemsPattern());
        done = Pattern.compile(d.donePattern());
        enItems = Pattern.compile(d.englishItemsPattern(), Pattern.CASE_INSENSITIVE);
        enDone = Pattern.compile(d.englishDonePattern(), Pattern.CASE_INSENSITIVE);
        relativeDays = SigningDate.RelativeDays.of(d.relativeDays() == null ? Map.of() : d.relativeDays());
        englishAnotherClause = Pattern.compile(d.englishAnotherClause(), Pattern.CASE_INSENSITIVE);
        toldAsDoneZh = Pattern.compile(d.toldAsDone().zh());
        toldAsDoneEn = Pattern.compile(d.toldAsDone().en(), Pattern.CASE_INSENSITIVE);
        PartyWording wording = new PartyWording(d.partyWording());
        chineseSignings = new ChineseSignings(d, wording);
        englishSignings = new EnglishSignings(d, wording);
        collectiveParties = new CollectiveParties(d.collectiveParties());
        genericTitle = Pattern.compile(d.genericTitle());
        governmentWords = Pattern.compile(d.governmentWords());
        alsoSignedZh = Pattern.compile(String.join("|", d.alsoSigned().zh()));
        alsoSignedEn = Alternatives.compile(d.alsoSigned().en(), Pattern.CASE_INSENSITIVE);
    }

    public List<Agreement> extract(String text, List<Sentence> sentences, List<Mention> named, DateContext dates) {
        boolean english = dates.english();
        List<Mention> mentions = named.stream().filter(m -> !dates.inDateline(m.start())).toList();
        SigningDate when = new SigningDate(text, sentences, dates, relativeDays, englishAnotherClause,
                english ? toldAsDoneEn : toldAsDoneZh);
        List<Telling> found = new ArrayList<>();
        int lastAgreementSentence = -10;
        for (Sentence s : sentences) {
            List<Telling> signed = english ? englishSignings.read(text, s, mentions, when)
                    : chineseSignings.read(text, s, mentions, when);
            if (!signed.isEmpty()) {
                found.addAll(signed);
                lastAgreementSentence = s.index();
            }
            if (!found.isEmpty() && s.index() - lastAgreementSentence <= PROGRESS_REACH) {
                Integer itemCount = number(english ? enItems : items, s.text());
                Integer doneCount = number(english ? enDone : done, s.text());
                if (itemCount != null || doneCount != null) {
                    int last = found.size() - 1;
                    Telling f = found.get(last);
                    found.set(last, new Telling(f.agreement().withProgress(itemCount, doneCount), f.refersBack()));
                }
            }
        }
        List<Agreement> all = (english ? AgreementTellings.tellingsMerged(found) : AgreementTellings.retellingsMerged(found))
                .stream().map(a -> collectiveParties.resolve(a, text, sentences, mentions)).toList();
        // 两地亦签订协议, "have also entered into": one more agreement of the occasion, not the one told before again
        Pattern also = english ? alsoSignedEn : alsoSignedZh;
        Set<Integer> toldAsOneMore = all.stream().filter(a -> toldAsOneMore(a, text, sentences, also))
                .map(Agreement::sentence).collect(Collectors.toSet());
        List<Agreement> dated = AgreementTellings.datedAsAlso(AgreementTellings.datedByTitle(all, sentences, when),
                toldAsOneMore);
        return AgreementTellings.deduplicate(AgreementTellings.withoutHeadline(dated, sentences), genericTitle,
                governmentWords, toldAsOneMore);
    }

    /** An also-word in the clause that names the agreement, before its name: 两地亦签订协议, but not …签订《协议》，还有助…. */
    private static boolean toldAsOneMore(Agreement a, String text, List<Sentence> sentences, Pattern also) {
        if (a.sentence() >= sentences.size() || a.title().isEmpty()) {
            return false;
        }
        Sentence s = sentences.get(a.sentence());
        int title = text.indexOf(a.title(), s.start());
        if (title < 0 || title >= s.end()) {
            return false;
        }
        return also.matcher(text).region(AgreementFacts.clauseStart(text, s, title), title).find();
    }

    private static Integer number(Pattern p, String sentence) {
        Matcher m = p.matcher(sentence);
        return m.find() ? ChineseNumber.parse(m.group(1).replace('两', '二')) : null;
    }
}
