package org.baytrack.analysis.agreement;

import org.baytrack.analysis.data.DataFiles;

import java.util.List;
import java.util.Map;

/** The agreement vocabulary from agreements.yaml. */
record AgreementVocabulary(int version, Words signVerbs, Words nouns, List<String> notAfterVerb,
                           NotAgreements notAgreements, Ceremony ceremony, List<String> countUnits, Words fieldLeadIns,
                           Words fieldEnds, String itemsPattern, String donePattern, String englishItemsPattern,
                           String englishDonePattern, NotYet notYetSigned, String retold, NotYet tallies, Map<String, Integer> relativeDays,
                           String englishAnotherClause, AsDone toldAsDone,
                           PartyWording.Words partyWording, EnglishObject englishObject,
                           EnglishPhrases englishPhrases, Collective collectiveParties, String sinceSigned,
                           String sinceSignedAfter, String respectivelyWith, String respectivelyPair, String listGap,
                           String genericTitle, String governmentWords, Words alsoSigned, String modifiedNounLeadIn) {

    record Collective(Words words, Map<String, Integer> counts, String jointMeeting, String abbreviatedGovernments,
                      Map<String, String> abbreviations) {
    }

    record Words(List<String> zh, List<String> en) {
    }

    record EnglishObject(String notBetween, String nounSign) {
    }

    record EnglishPhrases(String titleTail, String passive, String article, Map<String, Integer> numbers,
                          String between, String agents, String pointingBack, String counterpartFirst) {
    }

    record NotAgreements(ZhTitles zh, EnTitles en) {
    }

    record ZhTitles(List<String> endings, List<String> containing) {
    }

    record EnTitles(String endings, String containing) {
    }

    record Ceremony(List<String> words, List<String> hosts, List<String> notFor, List<String> cooperation,
                    String titleSuffix) {
    }

    record NotYet(List<String> zh, String en) {
    }

    static AgreementVocabulary load() {
        return DataFiles.read("agreements.yaml", AgreementVocabulary.class);
    }

    /** The stretch before a signing verb that tells it as done before the report (已与…签订, "has signed"). */
    record AsDone(String zh, String en) {
    }
}
