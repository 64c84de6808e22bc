package org.baytrack.notification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.events.EventCodec;
import org.baytrack.events.OutgoingEvent;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.ServiceTestSupport;
import org.baytrack.notification.support.SmtpServerResource;
import org.baytrack.infra.test.SseClient;
import org.baytrack.notification.support.TestEvents;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class AlertStreamTest extends ServiceTestSupport {
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @TestHTTPResource("/alerts/stream")
    URL stream;

    private static List<String> ids(List<SseClient.Event> events) {
        return events.stream().map(e -> EventCodec.decode(e.data()).id()).toList();
    }

    @Test
    void streamResumesFromLastEventIdWithoutGapsAndOnlyForTheChosenProject() throws Exception {
        String project = newProject();
        String other = newProject();
        String url = stream + "?project=" + project;
        List<OutgoingEvent> before = IntStream.range(0, 3).mapToObj(i -> TestEvents.statusChange(project, i)).toList();
        List<OutgoingEvent> whileAway = IntStream.range(3, 8).mapToObj(i -> TestEvents.statusChange(project, i)).toList();

        // connected from the start of history: the first three, live
        SseClient first = closeLater(new SseClient(url, "0"));
        for (OutgoingEvent e : before) {
            events.send(e);
            events.send(TestEvents.statusChange(other, 0)); // interleaved noise about another project
        }
        List<SseClient.Event> seen = first.take(3, PROMPTLY);
        assertThat(ids(seen)).containsExactlyElementsOf(before.stream().map(OutgoingEvent::id).toList());
        assertThat(seen).allSatisfy(e -> assertThat(e.name()).isEqualTo("project.status-changed"));
        first.close();

        whileAway.forEach(events::send);
        OutgoingEvent marker = TestEvents.statusChange(project, 100);
        events.send(marker);

        // reconnecting with the last id seen: exactly what was missed, in order, then live events
        SseClient resumed = closeLater(new SseClient(url, seen.get(2).id()));
        List<SseClient.Event> missed = resumed.take(6, PROMPTLY);
        assertThat(ids(missed)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(whileAway.stream(), java.util.stream.Stream.of(marker))
                        .map(OutgoingEvent::id).toList());
        assertThat(missed.stream().map(e -> Long.parseLong(e.id())).toList()).isSorted();

        OutgoingEvent live = TestEvents.statusChange(project, 200);
        events.send(live);
        assertThat(ids(resumed.take(1, PROMPTLY))).containsExactly(live.id());
    }

    @Test
    void streamNeedsNoApiKeyAndRefusesAMalformedLastEventId() {
        given().header("Last-Event-ID", "yesterday").accept("text/event-stream").get("/alerts/stream")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aLastEventIdBeyondTheNewestAlertIsRefusedWithTheNewestId() throws Exception {
        String project = newProject();
        OutgoingEvent change = TestEvents.statusChange(project, 1);
        events.send(change);
        SseClient replay = closeLater(new SseClient(stream + "?project=" + project, "0"));
        long head = Long.parseLong(replay.take(1, PROMPTLY).get(0).id());

        for (var ahead : List.of(given().header("Last-Event-ID", Long.toString(head + 1000)),
                given().queryParam("lastEventId", Long.toString(head + 1)))) {
            String detail = ahead.accept("text/event-stream").get("/alerts/stream")
                    .then().statusCode(400).contentType("application/problem+json").extract().path("detail");
            assertThat(detail).contains("beyond the newest alert").contains("0 to replay");
            long newest = Long.parseLong(detail.replaceAll(".*beyond the newest alert, (\\d+);.*", "$1"));
            assertThat(newest).isGreaterThanOrEqualTo(head);
        }

        // the newest id itself is a place to resume from: the next alert arrives
        SseClient atHead = closeLater(new SseClient(stream + "?project=" + project, Long.toString(head)));
        OutgoingEvent next = TestEvents.statusChange(project, 2);
        events.send(next);
        assertThat(ids(atHead.take(1, PROMPTLY))).containsExactly(next.id());
    }
}
