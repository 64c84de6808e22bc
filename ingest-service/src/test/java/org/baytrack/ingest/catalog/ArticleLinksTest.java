package org.baytrack.ingest.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baytrack.events.ArticleCataloged;
import org.baytrack.events.EventCodec;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.infra.test.RealInfrastructureAccess;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.baytrack.infra.test.AccessTable.INGEST_KEY;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
class ArticleLinksTest {

    static String post(String text) {
        return given().auth().oauth2(INGEST_KEY).contentType("text/plain; charset=UTF-8").body(text).post("/documents")
                .then().statusCode(202).extract().path("id");
    }

    static ArticleCataloged cataloged(String documentId, String articleId, String canonicalId) {
        return new ArticleCataloged(articleId, documentId, canonicalId, 1, "标题", LocalDate.of(2024, 5, 1), "南方日报",
                null, "zh", "hans", false, List.of(), List.of(), List.of());
    }

    @Test
    void eachDocumentLearnsItsCanonicalArticleFromOnePollOfEvents() throws Exception {
        String original = post("深江铁路珠江口隧道盾构机始发，预计2027年建成通车。" + System.nanoTime());
        String reprint = post("转载：深江铁路珠江口隧道盾构机始发，预计2027年建成通车。" + System.nanoTime());
        String other = post("黄茅海跨海通道主塔封顶。" + System.nanoTime());
        var events = List.of(
                cataloged(original, "art-original", "art-original"),
                cataloged(reprint, "art-reprint", "art-original"),
                cataloged(other, "art-other", "art-other"),
                cataloged(other, "art-other", "art-other"));
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructureAccess.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int i = 0; i < events.size(); i++) {
                // the last event repeats the third, id and all: a redelivery
                String eventId = "evt-links-" + events.get(i).documentId();
                var out = EventCodec.encode(eventId, URI.create("/test"), events.get(i));
                producer.send(new ProducerRecord<>(out.topic(), out.key(), out.json()));
            }
            producer.flush();
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            given().get("/documents/" + original).then().body("article", equalTo("art-original"))
                    .body("status", equalTo("cataloged"));
            given().get("/documents/" + reprint).then().body("article", equalTo("art-original"));
            given().get("/documents/" + other).then().body("article", equalTo("art-other"));
        });
    }
}
