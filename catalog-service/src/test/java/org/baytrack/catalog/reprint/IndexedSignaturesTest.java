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
import java.util.Map;
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
        cataloguer.catalog(cataloguer.analyse(new DocumentIngested(documentId, "hash-" + documentId, "text/plain",
                "UTF-8", null, "江门日报", null, LocalDate.of(2026, 3, 2), false, body.length(), Instant.now(), body)));
        String articleId = Cataloguer.articleIdFor(documentId);

        var otherReplica = new IndexedSignatures();
        otherReplica.em = em;
        otherReplica.init(10);
        Map<String, IndexedSignatures.Indexed> read = QuarkusTransaction.requiringNew()
                .call(() -> otherReplica.of(Set.of(articleId, "art-not-there")));
        Map<String, IndexedSignatures.Indexed> cached = remembered.of(Set.of(articleId));

        assertThat(read).containsOnlyKeys(articleId);
        assertThat(cached).containsOnlyKeys(articleId);
        assertThat(read.get(articleId).canonicalId()).isEqualTo(articleId);
        assertThat(read.get(articleId).signature()).hasSize(MinHash.HASHES)
                .isEqualTo(cached.get(articleId).signature());
        assertThat(read.get(articleId).catalogedAt()).isEqualTo(cached.get(articleId).catalogedAt());
        // now remembered by the other replica too: a second read needs no database
        assertThat(otherReplica.of(Set.of(articleId))).containsOnlyKeys(articleId);
    }
}
