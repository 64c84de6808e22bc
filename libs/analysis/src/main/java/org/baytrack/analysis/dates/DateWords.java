package org.baytrack.analysis.dates;

import org.baytrack.analysis.data.DataFiles;
import org.baytrack.events.vocabulary.Precision;

import java.util.List;
import java.util.Map;

/** The date vocabulary from dates.yaml. */
record DateWords(int version, Map<String, Integer> relativeYears, List<String> sameYearWords,
                 Map<String, Integer> relativeMonths, Map<String, Integer> weekdays, Map<String, Integer> relativeDays, Map<String, YearPart> yearParts,
                 Map<String, YearPart> partsOfTheReportYear, List<String> monthParts,
                 List<String> englishMonths, Map<String, List<String>> datelines, int datelineReach,
                 List<String> recentDays, Map<String, Integer> daysAfterPrevious, List<String> eventDays,
                 List<String> timesOfToday, List<String> chineseDayFollowers, List<String> reportingWords,
                 List<String> comparisons, Map<String, Integer> englishNumbers, List<String> sameDayJoiners) {

    record YearPart(int month, Precision precision) {
    }

    static DateWords load() {
        return DataFiles.read("dates.yaml", DateWords.class);
    }
}
