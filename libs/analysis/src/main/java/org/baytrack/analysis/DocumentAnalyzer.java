package org.baytrack.analysis;

import org.baytrack.analysis.agreement.AgreementExtractor;
import org.baytrack.analysis.candidate.Candidate;
import org.baytrack.analysis.candidate.CandidateFinder;
import org.baytrack.analysis.clean.CleanedDocument;
import org.baytrack.analysis.clean.DocumentCleaner;
import org.baytrack.analysis.clean.DocumentDecoder;
import org.baytrack.analysis.clean.HtmlText;
import org.baytrack.analysis.dates.DateContext;
import org.baytrack.analysis.dates.DateFinder;
import org.baytrack.analysis.dates.Dateline;
import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.analysis.gazetteer.Gazetteer;
import org.baytrack.analysis.gazetteer.Mention;
import org.baytrack.analysis.language.LanguageDetector;
import org.baytrack.analysis.milestone.Milestone;
import org.baytrack.analysis.milestone.MilestoneExtractor;
import org.baytrack.analysis.metadata.DocumentMetadata;
import org.baytrack.analysis.metadata.MetadataExtractor;
import org.baytrack.analysis.script.ChineseScript;
import org.baytrack.analysis.script.ScriptConverter;
import org.baytrack.analysis.sentence.Sentence;
import org.baytrack.analysis.sentence.SentenceSplitter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The whole pipeline: decode, clean, detect language and script, read metadata, split
 * sentences, find mentions, milestones, agreements and candidate projects. Built once and
 * shared: it holds no per-document state.
 */
public final class DocumentAnalyzer {
    // the id a candidate stands under among the mentions until its claims are set apart
    private static final String CANDIDATE = "candidate:";
    private final Gazetteer gazetteer;
    private final ScriptConverter converter = ScriptConverter.get();
    private final DocumentDecoder decoder = new DocumentDecoder(converter);
    private final DocumentCleaner cleaner = new DocumentCleaner(converter);
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final DateFinder dateFinder = new DateFinder();
    private final Dateline.Reader datelines = new Dateline.Reader();
    private final MilestoneExtractor milestones = new MilestoneExtractor();
    private final AgreementExtractor agreements = new AgreementExtractor();
    private final CandidateFinder candidates = new CandidateFinder();

    public DocumentAnalyzer(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public static DocumentAnalyzer withDefaultGazetteer() {
        return new DocumentAnalyzer(Gazetteer.loadDefault());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param contentType may be null; may carry a charset; text/html is parsed as HTML
     * @param publishedHint the publication date when the caller knows it; it wins over the text
     * @throws org.baytrack.analysis.clean.UndecodableDocumentException when the bytes are not text we can read
     */
    public Analysis analyze(byte[] raw, String contentType, LocalDate publishedHint) {
        DocumentDecoder.Decoded decoded = decoder.decode(raw, contentType);
        boolean html = DocumentDecoder.isHtml(raw, contentType);
        return analyzeSource(decoded.text(), html, publishedHint);
    }

    public Analysis analyzeText(String text, LocalDate publishedHint) {
        String head = text.substring(0, Math.min(text.length(), 512)).stripLeading().toLowerCase();
        boolean html = head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
        return analyzeSource(text, html, publishedHint);
    }

    private Analysis analyzeSource(String decoded, boolean html, LocalDate publishedHint) {
        HtmlText.Extracted markup = html ? HtmlText.extract(decoded) : null;
        String source = markup != null ? markup.text() : decoded;
        CleanedDocument clean = cleaner.clean(source);
        String language = LanguageDetector.detect(clean.original());
        boolean english = LanguageDetector.ENGLISH.equals(language);
        ChineseScript script = english ? null : converter.detect(clean.original());
        // mirror sites convert only some characters: every Traditional one is folded, whatever the majority script
        String text = clean.simplified();
        DocumentMetadata meta = metadata.extract(clean.lines(), markup, publishedHint);
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<Mention> mentions = withSentences(gazetteer.mentions(text), sentences);
        DateContext dates = new DateContext(dateFinder, text, english, meta.published(),
                datelines.find(text, english, meta.published()), sentences);
        List<Candidate> everyCandidate = candidates.subjects(text, sentences, mentions, english);
        List<Candidate> found = firstOfEach(everyCandidate);
        // candidates stand beside the known projects as subjects, so a claim about an unknown project is not
        // given to a known one; their claims are kept apart until the project is registered
        List<Milestone> claims = milestones.extract(text, sentences, withCandidates(mentions, everyCandidate), dates);
        return new Analysis(meta.title(), meta.published(), meta.published() == null ? null : "day", meta.source(),
                meta.author(), language, script == null ? null : script.code(), clean.original(), text, sentences,
                mentions, claims.stream().filter(m -> !isCandidate(m)).toList(),
                agreements.extract(text, sentences, mentions, dates), found,
                claims.stream().filter(DocumentAnalyzer::isCandidate).map(DocumentAnalyzer::named).toList(),
                clean.offsets());
    }

    private List<Mention> withCandidates(List<Mention> mentions, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        List<String> namedProjects = namesOfProjects(mentions);
        for (Candidate c : candidates) {
            if (namedProjects.stream().noneMatch(n -> n.contains(c.name()))) {
                all.add(new Mention(CANDIDATE + c.name(), Candidate.MENTION_TYPE, c.name(), c.start(), c.end(), c.sentence()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /**
     * Every name of the projects the report names: a candidate inside one (T3航站楼 beside 白云机场T3航站楼) is that
     * project told short, not another one.
     */
    private List<String> namesOfProjects(List<Mention> mentions) {
        Set<String> ids = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Mention m : mentions) {
            if (Entity.PROJECT.equals(m.type()) && ids.add(m.entity())) {
                gazetteer.find(m.entity()).ifPresent(e -> e.names().forEach(n -> names.add(converter.toSimplified(n))));
            }
        }
        return names;
    }

    private static List<Candidate> firstOfEach(List<Candidate> all) {
        Set<String> seen = new HashSet<>();
        return all.stream().filter(c -> seen.add(c.name())).toList();
    }

    private static boolean isCandidate(Milestone m) {
        return m.project().startsWith(CANDIDATE);
    }

    private static Milestone named(Milestone m) {
        return new Milestone(m.project().substring(CANDIDATE.length()), m.kind(), m.when(), m.evidence(), m.sentence());
    }

    private static List<Mention> withSentences(List<Mention> mentions, List<Sentence> sentences) {
        List<Mention> out = new ArrayList<>(mentions.size());
        int s = 0;
        for (Mention m : mentions) {
            while (s + 1 < sentences.size() && sentences.get(s).end() <= m.start()) {
                s++;
            }
            out.add(m.withSentence(sentences.isEmpty() ? -1 : s));
        }
        return out;
    }
}
