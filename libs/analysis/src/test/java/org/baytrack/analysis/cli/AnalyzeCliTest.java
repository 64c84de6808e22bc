package org.baytrack.analysis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return AnalyzeCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonObjectPerFileInTheContractShape(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "深中通道开通\n12月24日，深中通道正式通车。");
        Path b = Files.writeString(dir.resolve("b.txt"), "The Huangmaohai Passage is scheduled to open in 2024.");

        assertThat(run("--published", "2021-12-29", a.toString(), b.toString())).isZero();

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.fieldNames()).toIterable().contains("file", "title", "published", "source", "language", "script",
                "text", "mentions", "milestones", "agreements");
        assertThat(first.get("published").asText()).isEqualTo("2021-12-29");
        assertThat(first.get("language").asText()).isEqualTo("zh");
        assertThat(first.get("script").asText()).isEqualTo("hans");
        JsonNode milestone = first.get("milestones").get(0);
        assertThat(milestone.get("project").asText()).isEqualTo("shenzhen-zhongshan-link");
        assertThat(milestone.get("kind").asText()).isEqualTo("opened");
        assertThat(milestone.get("date").asText()).isEqualTo("2021-12-24");
        assertThat(milestone.get("precision").asText()).isEqualTo("day");
        JsonNode mention = first.get("mentions").get(0);
        assertThat(mention.fieldNames()).toIterable().contains("entity", "type", "text", "start", "end");

        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertThat(second.get("language").asText()).isEqualTo("en");
        assertThat(second.get("script").isNull()).isTrue();
        assertThat(second.get("milestones").get(0).get("kind").asText()).isEqualTo("forecast_opening");
    }

    @Test
    void rejectsBadDatesWithAClearMessage(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "text");
        assertThat(run("--published", "29/12/2021", a.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("YYYY-MM-DD");
    }

    @Test
    void reportsMissingFiles() {
        assertThat(run("/no/such/file.txt")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }

    @Test
    void printsHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--published");
        assertThat(run()).isEqualTo(2);
    }
}
