package org.baytrack.analysis.metadata;

import org.baytrack.analysis.clean.CleanedDocument.SourceLine;
import org.baytrack.analysis.clean.HtmlText;
import org.baytrack.analysis.data.DataFiles;
import org.baytrack.analysis.dates.EnglishMonths;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, publication date, source and author from the head and tail lines of a document (and
 * from HTML meta tags when there are any). A date the caller supplies always wins.
 */
public final class MetadataExtractor {
    private static final int HEAD_LINES = 12;
    private static final int TAIL_LINES = 6;
    private static final int MAX_DATE_LINE = 100;

    record Data(int version, List<String> dateLineKeywords, String fullDate, String englishDate,
                String source, List<String> sourceTriggers, String author, List<String> authorTriggers,
                String trailingAuthor, int maxTitleLength) {
    }

    private final List<String> keywords;
    private final Pattern fullDate;
    private final Pattern englishDate;
    private final Pattern source;
    private final List<String> sourceTriggers;
    private final Pattern author;
    private final List<String> authorTriggers;
    private final Pattern trailingAuthor;
    private final int maxTitleLength;

    public MetadataExtractor() {
        Data d = DataFiles.read("metadata.yaml", Data.class);
        keywords = d.dateLineKeywords();
        fullDate = Pattern.compile(d.fullDate());
        englishDate = Pattern.compile(d.englishDate(), Pattern.CASE_INSENSITIVE);
        source = Pattern.compile(d.source(), Pattern.CASE_INSENSITIVE);
        author = Pattern.compile(d.author());
        sourceTriggers = d.sourceTriggers();
        authorTriggers = d.authorTriggers();
        trailingAuthor = Pattern.compile(d.trailingAuthor());
        maxTitleLength = d.maxTitleLength();
    }

    public DocumentMetadata extract(List<SourceLine> lines, HtmlText.Extracted html, LocalDate publishedHint) {
        int titleLine = titleLine(lines);
        String title = html != null && html.title() != null ? html.title()
                : titleLine < 0 ? null : lines.get(titleLine).text();
        LocalDate published = publishedHint;
        if (published == null && html != null && html.published() != null) {
            published = parseDate(html.published());
        }
        if (published == null) {
            published = published(lines, titleLine);
        }
        String src = html != null && html.source() != null ? html.source() : find(source, sourceTriggers, lines);
        String by = html != null && html.author() != null ? html.author() : find(author, authorTriggers, lines);
        if (by == null) {
            by = trailingAuthor(lines);
        }
        return new DocumentMetadata(title, published, src, by);
    }

    /** The first kept headline-like line, looking past date and source lines; -1 when prose comes first. */
    private int titleLine(List<SourceLine> lines) {
        for (int i = 0; i < lines.size() && i < HEAD_LINES; i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            if (!line.kept() || t.length() < 4 || fullDate.matcher(t).find()
                    || mentionsAny(t, sourceTriggers) && source.matcher(t).find()) {
                continue;
            }
            return t.length() <= maxTitleLength && !t.endsWith("。") ? i : -1;
        }
        return -1;
    }

    private LocalDate published(List<SourceLine> lines, int titleLine) {
        LocalDate fallback = null;
        for (int i = 0; i < lines.size() && i < HEAD_LINES; i++) {
            String t = lines.get(i).text();
            if (i == titleLine || t.length() > MAX_DATE_LINE) {
                continue;
            }
            LocalDate d = parseDate(t);
            if (d != null && mentionsAny(t, keywords)) {
                return d;
            }
            if (d != null && fallback == null && t.length() <= 40) {
                fallback = d;
            }
        }
        for (int i = Math.max(0, lines.size() - TAIL_LINES); i < lines.size() && fallback == null; i++) {
            String t = lines.get(i).text();
            if (t.length() <= MAX_DATE_LINE && mentionsAny(t, keywords)) {
                fallback = parseDate(t);
            }
        }
        return fallback;
    }

    LocalDate parseDate(String text) {
        Matcher m = fullDate.matcher(text);
        try {
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            Matcher e = englishDate.matcher(text);
            if (hasLatin(text) && e.find()) {
                String month = e.group("m1") != null ? e.group("m1") : e.group("m2");
                String day = e.group("d1") != null ? e.group("d1") : e.group("d2");
                String year = e.group("y1") != null ? e.group("y1") : e.group("y2");
                return LocalDate.of(Integer.parseInt(year), EnglishMonths.number(month), Integer.parseInt(day));
            }
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
        return null;
    }

    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }


    private static boolean mentionsAny(String line, List<String> triggers) {
        for (String t : triggers) {
            if (line.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static String find(Pattern p, List<String> triggers, List<SourceLine> lines) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            if (i >= HEAD_LINES && i < n - TAIL_LINES || !mentionsAny(lines.get(i).text(), triggers)) {
                continue;
            }
            Matcher m = p.matcher(lines.get(i).text());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private String trailingAuthor(List<SourceLine> lines) {
        int checked = 0;
        for (int i = lines.size() - 1; i >= 0 && checked < TAIL_LINES; i--) {
            if (!lines.get(i).kept()) {
                continue;
            }
            checked++;
            Matcher m = trailingAuthor.matcher(lines.get(i).text());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
