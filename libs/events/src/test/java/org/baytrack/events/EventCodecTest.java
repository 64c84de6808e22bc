package org.baytrack.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import org.baytrack.events.vocabulary.ChangeKind;
import org.baytrack.events.vocabulary.MilestoneKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EventCodecTest {
    private static final URI SOURCE = URI.create("/baytrack/test");

    static DocumentIngested document() {
        return new DocumentIngested("doc-1", "a".repeat(64), "text/plain", "UTF-8", null, "南方日报", null,
                LocalDate.of(2021, 12, 29), false, 12, Instant.parse("2026-11-23T08:00:00Z"), "黄茅海跨海通道");
    }

    static ArticleCataloged article() {
        var mention = new ArticleCataloged.Mention("huangmaohai-passage", "project", "黄茅海跨海通道", 0, 7);
        return new ArticleCataloged("art-1", "doc-1", "art-1", 1, "江门", LocalDate.of(2021, 12, 29), "南方日报",
                null, "zh", "hant", false,
                List.of(new ArticleCataloged.Sentence(0, "黄茅海跨海通道项目预计2024年建成通车。", List.of(mention))),
                List.of(new ArticleCataloged.MilestoneClaim("huangmaohai-passage", MilestoneKind.FORECAST_OPENING, "2024", "year",
                        "黄茅海跨海通道项目预计2024年建成通车。", 0)),
                List.of(new ArticleCataloged.AgreementClaim("广州市深圳市深化战略合作框架协议", List.of("广州", "深圳"),
                        "2019", List.of("基础设施"), null, 27, 5, "…", List.of("广州市", "深圳市"))));
    }

    static EntityChanged entity() {
        return new EntityChanged("new-bridge", "project", "新大桥", "新大橋", "New Bridge", List.of("新桥"),
                EntityChanged.REGISTERED);
    }

    static ProjectStatusChanged statusChange() {
        return new ProjectStatusChanged("huangmaohai-passage", "黄茅海跨海通道", ChangeKind.FORECAST_SLIPPED,
                new ProjectStatusChanged.State("under_construction", "2020-07", "2024", "year"),
                new ProjectStatusChanged.State("under_construction", "2020-07", "2025-06", "month"),
                new ProjectStatusChanged.Evidence(MilestoneKind.FORECAST_OPENING, "2025-06", "month", "预计2025年6月通车。", "art-2",
                        "新华社", LocalDate.of(2023, 3, 1), null),
                false);
    }

    static AgreementChanged agreementChange() {
        return new AgreementChanged("agr-0123456789ab", "广州市深圳市深化战略合作框架协议", AgreementChanged.PROGRESS,
                List.of(new AgreementChanged.Party("guangzhou", "广州市"), new AgreementChanged.Party(null, "某公司")),
                List.of("guangzhou-shenzhen-second-hsr"), "2019", List.of("基础设施"), null,
                new AgreementChanged.State("in_implementation", 27, 5),
                new AgreementChanged.State("in_implementation", 27, 8),
                new AgreementChanged.Evidence("已完成8项。", "art-3", "南方日报", LocalDate.of(2022, 3, 1), null),
                false);
    }

    static List<EventPayload> everyType() {
        return List.of(document(), article(), entity(), statusChange(), agreementChange());
    }

    @Test
    void thereIsAnExampleOfEveryType() {
        assertThat(everyType().stream().map(p -> EventType.of(p.getClass())).toList())
                .containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void everyEventTypeRoundTripsThroughItsCloudEventJson() {
        for (EventPayload payload : everyType()) {
            var type = EventType.of(payload.getClass());
            var out = EventCodec.encode(EventIds.of(type, payload.key()), SOURCE, payload);
            assertThat(out.topic()).isEqualTo(type.topic());
            assertThat(out.key()).isEqualTo(payload.key());

            var in = EventCodec.decode(out.json());
            assertThat(in.id()).isEqualTo(out.id());
            assertThat(in.type()).isEqualTo(type);
            assertThat(in.subject()).isEqualTo(payload.key());
            assertThat(in.time()).isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
            assertThat(in.data()).isEqualTo(payload);
        }
    }

    @Test
    void everyProducedEventValidatesAgainstItsSchema() {
        for (EventPayload payload : everyType()) {
            var json = EventCodec.encode(EventIds.of(EventType.of(payload.getClass()), payload.key()), SOURCE, payload)
                    .json();
            assertThat(EventSchemas.violations(json)).as(json).isEmpty();
        }
    }

    /** An article with no publication date: its claims and the changes they cause carry no date either. */
    @Test
    void undatedEventsValidateWhetherTheirDatesAreLeftOutOrWrittenAsNull() throws Exception {
        var undatedDocument = new DocumentIngested("doc-2", "b".repeat(64), "text/plain", "UTF-8", null, null, null,
                null, false, 12, Instant.parse("2026-12-01T08:00:00Z"), "南沙大桥正式通车。");
        var undatedArticle = new ArticleCataloged("art-2", "doc-2", "art-2", 1, null, null, null, null, "zh", "hans",
                false, List.of(), List.of(new ArticleCataloged.MilestoneClaim("nansha-bridge", MilestoneKind.OPENED, null, null,
                "南沙大桥正式通车。", 0)), List.of());
        var undatedChange = new ProjectStatusChanged("nansha-bridge", "南沙大桥", ChangeKind.STATUS_CHANGED,
                new ProjectStatusChanged.State("followed", null, null, null),
                new ProjectStatusChanged.State("opened", null, null, null),
                new ProjectStatusChanged.Evidence(MilestoneKind.OPENED, null, null, "南沙大桥正式通车。", "art-2", null, null, null),
                false);
        for (EventPayload payload : List.<EventPayload>of(undatedDocument, undatedArticle, undatedChange)) {
            var json = EventCodec.encode(EventIds.of(EventType.of(payload.getClass()), payload.key()), SOURCE, payload)
                    .json();
            assertThat(EventSchemas.violations(json)).as(json).isEmpty();
            assertThat(EventCodec.decode(json).data()).isEqualTo(payload);

            // another writer may spell an absent date as an explicit null
            var tree = (ObjectNode) EventCodec.mapper().readTree(json);
            var data = (ObjectNode) tree.get("data");
            if (payload instanceof ProjectStatusChanged) {
                ((ObjectNode) data.get("evidence")).putNull("published")
                        .putNull("date").putNull("precision");
                ((ObjectNode) data.get("current")).putNull("statusDate");
            } else {
                data.putNull("published");
            }
            if (payload instanceof ArticleCataloged) {
                ((ObjectNode) data.get("milestones").get(0)).putNull("date")
                        .putNull("precision");
            }
            String withNulls = EventCodec.mapper().writeValueAsString(tree);
            assertThat(EventSchemas.violations(withNulls)).as(withNulls).isEmpty();
            assertThat(EventCodec.decode(withNulls).data()).isEqualTo(payload);
        }
    }

    @Test
    void theOriginalScriptOfEvidenceTravelsBesideTheSimplifiedAndOldEventsReadItAsNull() throws Exception {
        var traditional = new ArticleCataloged("art-3", "doc-3", "art-3", 1, null, LocalDate.of(2021, 12, 24), null,
                null, "zh", "hant", false, List.of(),
                List.of(new ArticleCataloged.MilestoneClaim("made-up-bridge", MilestoneKind.STRUCTURAL, "2021-12-24", "day",
                        "虚构大桥主塔封顶。", 0, "虛構大橋主塔封頂。")),
                List.of(new ArticleCataloged.AgreementClaim("虚构合作协议", List.of("甲"), null, List.of(), null, null,
                        null, "双方签署虚构合作协议。", List.of("甲"), "雙方簽署虛構合作協議。")));
        var json = EventCodec.encode(EventIds.of(EventType.ARTICLE_CATALOGED, "art-3"), SOURCE, traditional).json();
        assertThat(EventSchemas.violations(json)).as(json).isEmpty();
        var decoded = EventCodec.decode(json, ArticleCataloged.class).data();
        assertThat(decoded.milestones().get(0).originalEvidence()).isEqualTo("虛構大橋主塔封頂。");
        assertThat(decoded.agreements().get(0).originalEvidence()).isEqualTo("雙方簽署虛構合作協議。");

        // an event written before the field existed
        var tree = (ObjectNode) EventCodec.mapper().readTree(json);
        ((ObjectNode) tree.get("data").get("milestones").get(0)).remove("originalEvidence");
        ((ObjectNode) tree.get("data").get("agreements").get(0)).remove("originalEvidence");
        String old = EventCodec.mapper().writeValueAsString(tree);
        assertThat(EventSchemas.violations(old)).as(old).isEmpty();
        var read = EventCodec.decode(old, ArticleCataloged.class).data();
        assertThat(read.milestones().get(0).originalEvidence()).isNull();
        assertThat(read.milestones().get(0).evidence()).isEqualTo("虚构大桥主塔封顶。");
        assertThat(read.agreements().get(0).originalEvidence()).isNull();
    }

    @Test
    void schemaRejectsAnEventThatBreaksTheContract() throws Exception {
        var broken = new ProjectStatusChanged("huangmaohai-passage", null, ChangeKind.STALE, null,
                new ProjectStatusChanged.State("done-ish", "2024/01", "2024", "fortnight"), null, false);
        var tree = (ObjectNode) EventCodec.mapper().readTree(EventCodec.encode("id-1", SOURCE, broken).json());
        ((ObjectNode) tree.get("data")).put("change", "exploded");
        var json = tree.toString();
        assertThat(EventSchemas.violations(json))
                .anyMatch(v -> v.contains("change"))
                .anyMatch(v -> v.contains("status"))
                .anyMatch(v -> v.contains("statusDate"))
                .anyMatch(v -> v.contains("forecastPrecision"));
    }

    @Test
    void schemaRejectsAnAgreementChangeOfAnUnknownKindOrNegativeFigures() {
        var broken = new AgreementChanged("agr-1", null, "renamed", List.of(), List.of(), "2019/9", null, null, null,
                new AgreementChanged.State("abandoned", 27, -1), null, false);
        var json = EventCodec.encode("id-2", SOURCE, broken).json();
        assertThat(EventSchemas.violations(json))
                .anyMatch(v -> v.contains("change"))
                .anyMatch(v -> v.contains("status"))
                .anyMatch(v -> v.contains("done"))
                .anyMatch(v -> v.contains("signed"));
    }

    @Test
    void anEventWrittenBeforeForecastPrecisionExistedStillReads() throws Exception {
        var tree = (ObjectNode) EventCodec.mapper().readTree(EventCodec.encode("id-4", SOURCE, statusChange()).json());
        ((ObjectNode) tree.get("data").get("current")).remove("forecastPrecision");
        String old = EventCodec.mapper().writeValueAsString(tree);
        assertThat(EventSchemas.violations(old)).isEmpty();
        assertThat(EventCodec.decode(old, ProjectStatusChanged.class).data().current().forecastPrecision()).isNull();
    }

    @Test
    void idsAreStableForTheSameFactAndDifferForAnother() {
        assertThat(EventIds.of(EventType.DOCUMENT_INGESTED, "abc"))
                .isEqualTo(EventIds.of(EventType.DOCUMENT_INGESTED, "abc"))
                .isNotEqualTo(EventIds.of(EventType.DOCUMENT_INGESTED, "abd"))
                .isNotEqualTo(EventIds.of(EventType.ARTICLE_CATALOGED, "abc"));
    }

    @Test
    void anEventFromANewerWriterWithFieldsThisVersionDoesNotKnowIsStillRead() throws Exception {
        var out = EventCodec.encode("id-4", SOURCE, entity());
        ObjectNode json = (ObjectNode) EventCodec.mapper().readTree(out.json());
        json.put("newattribute", "x");
        ((ObjectNode) json.get("data")).put("addedLater", "\u0001 a value of a field added later");

        var in = EventCodec.decode(json.toString(), EntityChanged.class);

        assertThat(in.data()).isEqualTo(entity());
    }

    @Test
    void decodingAnEventOfTheWrongTypeSaysWhatWasExpected() {
        var json = EventCodec.encode("id-2", SOURCE, entity()).json();
        assertThatThrownBy(() -> EventCodec.decode(json, DocumentIngested.class))
                .hasMessageContaining("org.baytrack.document.ingested")
                .hasMessageContaining("org.baytrack.entity.changed");
    }

    @Test
    void anEventWithBinaryDataFromAnotherWriterIsReadToo() throws Exception {
        var payload = statusChange();
        var event = CloudEventBuilder.v1().withId("id-3").withType(EventType.of(payload.getClass()).type())
                .withSource(SOURCE).withDataContentType("application/octet-stream")
                .withData(EventCodec.mapper().writeValueAsBytes(payload)).build();
        var json = new String(new JsonFormat().serialize(event), StandardCharsets.UTF_8);
        assertThat(json).contains("data_base64");

        var in = EventCodec.decode(json);

        assertThat(in.id()).isEqualTo("id-3");
        assertThat(in.data()).isEqualTo(payload);
    }

    @Test
    void whatIsNotACloudEventIsRejectedWithTheReason() {
        assertThatThrownBy(() -> EventCodec.decode("not json")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> EventCodec.decode("{\"id\": \"1\", \"type\": \"org.baytrack.entity.changed\"}"))
                .hasMessageContaining("CloudEvents 1.0");
        assertThatThrownBy(() -> EventCodec.decode("{\"specversion\": \"1.0\", \"type\": \"org.baytrack.entity.changed\", "
                + "\"source\": \"/x\", \"data\": {}}")).hasMessageContaining("id is missing");
        assertThatThrownBy(() -> EventCodec.decode("{\"specversion\": \"1.0\", \"id\": \"1\", \"source\": \"/x\", "
                + "\"type\": \"org.baytrack.entity.changed\"}")).hasMessageContaining("has no data");
    }
}
