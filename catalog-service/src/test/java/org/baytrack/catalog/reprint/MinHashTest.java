package org.baytrack.catalog.reprint;

import org.baytrack.analysis.script.ScriptConverter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashTest {
    static String seed(String name) throws Exception {
        return Files.readString(Path.of(System.getProperty("baytrack.seeds", "../../shared/seeds"), name));
    }

    @Test
    void aLightlyEditedReprintIsSimilarAndAnotherStoryIsNot() throws Exception {
        String story = ScriptConverter.get().toSimplified(seed("000_d4eb6ef48fb1f2de.txt"));
        String edited = story.replace("江门", "江門市").replace("。", "！") + "\n（责任编辑：王五）";
        String other = seed("002_fb6c8c52ba9a33c2.txt");

        int[] a = MinHash.signature(story);
        assertThat(MinHash.similarity(a, MinHash.signature(edited))).isGreaterThan(0.6);
        assertThat(MinHash.similarity(a, MinHash.signature(other))).isLessThan(0.2);
    }

    @Test
    void reprintsShareAtLeastOneBand() throws Exception {
        String story = seed("002_fb6c8c52ba9a33c2.txt");
        int[] a = MinHash.bands(MinHash.signature(story));
        int[] b = MinHash.bands(MinHash.signature("来源：新华网\n" + story.substring(0, story.length() - 200)));
        boolean shared = false;
        for (int i = 0; i < a.length; i++) {
            shared |= a[i] == b[i];
        }
        assertThat(shared).isTrue();
    }

    @Test
    void everyPairAboveTheThresholdSharesTheMinimumNumberOfBands() {
        var random = new java.util.SplittableRandom(7);
        for (double threshold : new double[] {0.5, 0.6, 0.8}) {
            int least = MinHash.minSharedBands(threshold);
            for (int trial = 0; trial < 5_000; trial++) {
                int[] a = random.ints(MinHash.HASHES).toArray();
                int[] b = a.clone();
                int changes = random.nextInt(MinHash.HASHES + 1);
                for (int c = 0; c < changes; c++) {
                    b[random.nextInt(MinHash.HASHES)] = random.nextInt();
                }
                if (MinHash.similarity(a, b) >= threshold) {
                    int[] bandsA = MinHash.bands(a);
                    int[] bandsB = MinHash.bands(b);
                    int shared = 0;
                    for (int i = 0; i < bandsA.length; i++) {
                        shared += bandsA[i] == bandsB[i] ? 1 : 0;
                    }
                    assertThat(shared).as("threshold %s, %s changes", threshold, changes).isGreaterThanOrEqualTo(least);
                }
            }
        }
        // 0.6 of 64 hashes is 39 equal; at most 32 of them can sit in bands that differ
        assertThat(MinHash.minSharedBands(0.6)).isEqualTo(7);
    }

    @Test
    void textsTooShortToCompareHaveNoSignature() {
        assertThat(MinHash.signature("深中通道通车")).isNull();
    }
}
