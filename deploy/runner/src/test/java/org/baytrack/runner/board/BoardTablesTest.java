package org.baytrack.runner.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardTablesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode projects() throws Exception {
        return JSON.readTree("""
                [{"id":"huangmaohai-passage","name":"黄茅海跨海通道","status":"under_construction","statusDate":"2021-12-24",
                  "forecastOpening":"2024","lastEvidence":{"milestone":"structural","date":"2021-12-24",
                  "sentence":"首片节段梁成功架设到位","source":"南方日报"}},
                 {"id":"humen-bridge","name":"虎门大桥","status":"followed","forecastOpening":null,"lastEvidence":null}]""");
    }

    @Test
    void boardShowsStatusForecastAndLatestEvidence() throws Exception {
        String board = BoardTables.projects(projects(), true);
        assertThat(board).contains("huangmaohai-passage", "under_construction (2021-12-24)", "2024",
                "2021-12-24 [structural] 首片节段梁成功架设到位");
        assertThat(board).contains("humen-bridge");
    }

    @Test
    void projectsWithoutEvidenceAreCountedNotListedUnlessAll() throws Exception {
        String board = BoardTables.projects(projects(), false);
        assertThat(board).contains("huangmaohai-passage").doesNotContain("humen-bridge")
                .contains("1 more followed project(s)");
    }

    @Test
    void timelineShowsEachMilestoneWithItsFirstReportAndHowManyMore() throws Exception {
        JsonNode timeline = JSON.readTree("""
                [{"kind":"forecast_opening","date":"2024","evidence":[
                  {"source":"南方日报","published":"2021-12-29","sentence":"项目预计2024年建成通车"},
                  {"source":"江门日报","published":"2024-04-18","sentence":"项目预计2024年底建成通车"}]}]""");
        assertThat(BoardTables.timeline(timeline))
                .contains("forecast_opening", "项目预计2024年建成通车", "南方日报 2021-12-29 (+1 more)");
    }

    @Test
    void anUndatedProjectAndTimelineEntryShowNoDate() throws Exception {
        JsonNode projects = JSON.readTree("""
                [{"id":"nansha-bridge","name":"南沙大桥","status":"opened",
                  "lastEvidence":{"milestone":"opened","sentence":"南沙大桥已建成通车","articleId":"art-1"}}]""");
        JsonNode timeline = JSON.readTree("""
                [{"kind":"opened","evidence":[{"source":"省大湾区办","sentence":"南沙大桥已建成通车"}]}]""");

        assertThat(BoardTables.projects(projects, true)).contains("opened", "[opened] 南沙大桥已建成通车")
                .doesNotContain("opened (");
        assertThat(BoardTables.timeline(timeline)).contains("opened", "南沙大桥已建成通车", "省大湾区办")
                .doesNotContainPattern("\\d{4}-\\d{2}");
    }
}
