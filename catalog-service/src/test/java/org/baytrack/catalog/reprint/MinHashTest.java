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
    void textsTooShortToCompareHaveNoSignature() {
        assertThat(MinHash.signature("深中通道通车")).isNull();
    }
}
