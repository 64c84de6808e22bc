package org.baytrack.analysis.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.baytrack.analysis.DocumentAnalyzer;
import org.baytrack.analysis.eval.EvalCase;
import org.baytrack.analysis.eval.Evaluation;
import org.baytrack.analysis.eval.Seeds;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Characters per second on one thread, counted against the thread's own CPU time so that
 * other work on a shared machine does not distort the figures (wall-clock figures are printed
 * too): the whole pipeline from bytes to milestones, then, on
 * the same texts, HanLP portable's standard segmenter and its segmenter with place and
 * organisation recognition as yardsticks. Run with exec:java@bench, never from the tests.
 */
public final class PipelineBenchmark {
    /** Long enough for the JIT to finish compiling the hot paths, of the pipeline and of HanLP alike. */
    private static final long WARMUP_NANOS = 10_000_000_000L;
    private static final long MEASURE_NANOS = 6_000_000_000L;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> documents = corpus();
        List<String> texts = documents.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("corpus: %d documents, %d chars%n", texts.size(), chars);

        DocumentAnalyzer analyzer = DocumentAnalyzer.withDefaultGazetteer();
        double pipeline = charsPerSecond(documents, texts, d -> analyzer.analyze(d, "text/plain; charset=utf-8", null));
        System.out.printf("baytrack pipeline (decode..agreements): %,.0f chars/s%n", pipeline);
        List<byte[]> pages = realPages();
        if (!pages.isEmpty()) {
            List<String> pageTexts = pages.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
            double real = charsPerSecond(pages, pageTexts, d -> analyzer.analyze(d, "text/plain; charset=utf-8", null));
            System.out.printf("baytrack pipeline on the %d real pages of ../shared/corpus (chrome, link lists, English): "
                    + "%,.0f chars/s%n", pages.size(), real);
        }

        List<String> hanlpInput = texts;
        double hanlp = charsPerSecond(hanlpInput, hanlpInput, HanLP::segment);
        System.out.printf("HanLP.segment (standard segmenter):     %,.0f chars/s%n", hanlp);
        Segment ner = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true);
        double hanlpNer = charsPerSecond(hanlpInput, hanlpInput, ner::seg);
        System.out.printf("HanLP with place+organisation NER:       %,.0f chars/s%n", hanlpNer);
        System.out.printf("pipeline / HanLP.segment = %.2fx%n", pipeline / hanlp);
    }

    private static <T> double charsPerSecond(List<T> inputs, List<String> texts, Consumer<T> work) {
        run(inputs, texts, work, WARMUP_NANOS);
        return run(inputs, texts, work, MEASURE_NANOS);
    }

    /** Runs for the given CPU time; returns chars per CPU second and prints the wall-clock rate. */
    private static <T> double run(List<T> inputs, List<String> texts, Consumer<T> work, long cpuNanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long cpu;
        do {
            for (int i = 0; i < inputs.size(); i++) {
                work.accept(inputs.get(i));
                chars += texts.get(i).length();
            }
            cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        } while (cpu < cpuNanos);
        long wall = System.nanoTime() - wallStart;
        System.out.printf("  (%,d chars in %.1f s CPU, %.1f s wall: %,.0f chars/s wall-clock)%n",
                chars, cpu / 1e9, wall / 1e9, chars / (wall / 1e9));
        return chars / (cpu / 1e9);
    }

    /** The labelled corpus's pages as found (beside the seeds), or none where it is not there. */
    private static List<byte[]> realPages() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        Path corpus = Seeds.dir().toAbsolutePath().resolveSibling("corpus");
        for (String set : List.of("zh-hans", "en-hant")) {
            Path docs = corpus.resolve(set).resolve("docs");
            if (Files.isDirectory(docs)) {
                try (Stream<Path> files = Files.list(docs)) {
                    for (Path p : files.sorted().toList()) {
                        pages.add(Files.readAllBytes(p));
                    }
                }
            }
        }
        return pages;
    }

    /** The seed documents plus the labelled example texts, all as UTF-8. */
    private static List<byte[]> corpus() throws IOException {
        List<byte[]> docs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Seeds.dir())) {
            for (Path p : seeds.sorted().toList()) {
                docs.add(Files.readString(p).getBytes(StandardCharsets.UTF_8));
            }
        }
        // the labelled snippets are a few sentences each; joined per set they make article-sized documents
        for (String set : List.of("dev", "holdout", "holdout2", "holdout3")) {
            StringBuilder article = new StringBuilder();
            for (EvalCase c : Evaluation.load(set)) {
                if (c.text() != null) {
                    article.append(c.text()).append('\n');
                }
            }
            docs.add(article.toString().getBytes(StandardCharsets.UTF_8));
        }
        return docs;
    }
}
