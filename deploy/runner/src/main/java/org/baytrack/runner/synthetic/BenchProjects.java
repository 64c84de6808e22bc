package org.baytrack.runner.synthetic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.Transliterator;
import org.baytrack.runner.client.ApiException;
import org.baytrack.runner.client.BaytrackClient;
import org.baytrack.runner.synthetic.SyntheticDocuments.BenchProject;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The bench's own projects: registered in the catalog for one run (ids {@code bench-<tag>-<n>}), named from a random
 * tag in bird characters and letters no real report contains, and deleted again when the run ends, so the board
 * and timelines of the real projects never see a synthetic document.
 */
public final class BenchProjects {
    public static final String ID_PREFIX = "bench-";
    /** Sixteen characters, one per hex digit of the tag: in this order they spell nothing. */
    private static final String DIGITS = "鹬鸮鹭鸥鹈鹕鹳鹮鸻鹡鸰鹀鹟鹪鹩鹨";
    private static final String[] WORDS = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
            "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa"};
    public static final int MAX_PROJECTS = DIGITS.length() * DIGITS.length();

    private final BaytrackClient client;
    private final List<String> registered = new CopyOnWriteArrayList<>();

    public BenchProjects(BaytrackClient client) {
        this.client = client;
    }

    /**
     * {@code count} projects for this tag (four hex digits), their documents published from {@code firstPublished}
     * and forecast from {@code firstForecast}. Pure: the same tag gives the same projects.
     */
    public static List<BenchProject> define(String tag, int count, LocalDate firstPublished, LocalDate firstForecast) {
        if (count < 1 || count > MAX_PROJECTS) {
            throw new IllegalArgumentException("between 1 and " + MAX_PROJECTS + " bench projects, not " + count);
        }
        Transliterator traditional = Transliterator.getInstance("Hans-Hant");
        StringBuilder chinese = new StringBuilder();
        StringBuilder letters = new StringBuilder();
        for (char c : tag.toCharArray()) {
            int digit = Character.digit(c, 16);
            chinese.append(DIGITS.charAt(digit));
            letters.append((char) ('a' + digit));
        }
        String english = Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
        List<BenchProject> projects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = chinese + String.valueOf(DIGITS.charAt(i / DIGITS.length())) + DIGITS.charAt(i % DIGITS.length())
                    + "试验通道";
            String nameEn = english + " " + WORDS[i / WORDS.length] + " " + WORDS[i % WORDS.length] + " Test Crossing";
            projects.add(new BenchProject(ID_PREFIX + tag + "-" + (i + 1), name, traditional.transliterate(name), nameEn,
                    firstPublished, firstForecast));
        }
        return projects;
    }

    /** A random tag: four hex digits. */
    public static String randomTag(SplittableRandom random) {
        return String.format(Locale.ROOT, "%04x", random.nextInt(0x10000));
    }

    /** POST /entities for each; remembered at once, so {@link #deleteAll} removes even a run cut short here. */
    public void register(List<BenchProject> projects) {
        for (BenchProject p : projects) {
            ObjectNode body = BaytrackClient.JSON.createObjectNode().put("id", p.id()).put("type", "project")
                    .put("name", p.name()).put("nameHant", p.nameHant()).put("nameEn", p.nameEn());
            registered.add(p.id());
            client.registerEntity(body);
        }
    }

    /** Waits until the tracker follows every registered project (it learns them from the entity topic). */
    public void awaitFollowed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String id : registered) {
            while (client.projectStatus(id) != 200) {
                if (System.nanoTime() > deadline) {
                    throw new ApiException(0, "the tracker did not follow the bench project " + id + " within " + timeout);
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * DELETE /entities/{id} for every project registered, then waits until the tracker no longer shows them.
     * Safe to call twice (the shutdown hook and the end of the run): a second call finds nothing left.
     *
     * @return the ids it could not delete or the tracker still shows, empty when all went
     */
    public synchronized List<String> deleteAll(Duration timeout) {
        List<String> left = new ArrayList<>();
        for (String id : registered) {
            try {
                if (!client.deleteEntity(id)) {
                    left.add(id);
                }
            } catch (RuntimeException e) {
                left.add(id);
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String id : registered) {
            try {
                while (!left.contains(id) && client.projectStatus(id) != 404) {
                    if (System.nanoTime() > deadline) {
                        left.add(id);
                        break;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                left.add(id);
            } catch (RuntimeException e) {
                left.add(id);
            }
        }
        registered.retainAll(left);
        return left;
    }
}
