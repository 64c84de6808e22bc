package org.baytrack.catalog.reprint;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.baytrack.catalog.cataloguing.Cataloguer;
import org.baytrack.events.DocumentIngested;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class IndexedSignaturesTest {
    @Inject
    Cataloguer cataloguer;
    @Inject
    IndexedSignatures remembered;
    @Inject
    EntityManager em;

    @Test
    void anotherReplicaReadsTheSignaturesThisOneRemembered() {
        String body = "江门市政府今天宣布，银洲湖高速公路二期工程完成全部桥梁架设，预计明年六月建成通车，"
                + "届时从江门市区到珠海西部的车程将缩短到四十分钟。";
        String documentId = "doc-signature-" + System.nanoTime();
        cataloguer.catalog("evt-" + documentId, new DocumentIngested(documentId, "hash-" + documentId, "text/plain",
                "UTF-8", null, "江门日报", null, LocalDate.of(2026, 3, 2), false, body.length(), Instant.now(), body));
        String articleId = Cataloguer.articleIdFor(documentId);

        var otherReplica = new IndexedSignatures();
        otherReplica.em = em;
        otherReplica.capacity = 10;
        otherReplica.init();
        List<IndexedSignatures.Indexed> read = QuarkusTransaction.requiringNew()
                .call(() -> otherReplica.of(Set.of(articleId, "art-not-there")));
        List<IndexedSignatures.Indexed> cached = remembered.of(Set.of(articleId));

        assertThat(read).hasSize(1);
        assertThat(cached).hasSize(1);
        assertThat(read.get(0).canonicalId()).isEqualTo(articleId);
        assertThat(read.get(0).signature()).hasSize(MinHash.HASHES).isEqualTo(cached.get(0).signature());
        assertThat(read.get(0).catalogedAt())
                .isEqualTo(cached.get(0).catalogedAt().truncatedTo(ChronoUnit.MICROS));
    }
}
