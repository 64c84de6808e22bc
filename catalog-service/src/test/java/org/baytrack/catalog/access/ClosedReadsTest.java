package org.baytrack.catalog.access;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.ClosedReads;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.net.URI;

/** With {@code baytrack.access.open-reads=false}, reads and {@code POST /analyze} need either key. */
@QuarkusTest
@TestProfile(ClosedReads.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class ClosedReadsTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void readsNeedEitherKey() throws Exception {
        AccessTable.check(base, AccessTable.read("the entity list", "/entities", 200), false);
        AccessTable.check(base, AccessTable.read("an article", "/articles/art-unknown", 404), false);
        AccessTable.check(base, AccessTable.write("analyze a text", "POST", "/analyze", "application/json",
                "{\"text\":\"一座新的跨江大桥今天开工。\"}", AccessTable.Needs.READ, 200), false);
    }
}
