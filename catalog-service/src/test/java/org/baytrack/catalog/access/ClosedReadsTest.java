package org.baytrack.catalog.access;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

/** With {@code baytrack.access.open-reads=false} reading articles and entities needs either key. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ClosedReads.class)
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class ClosedReadsTest {
    @TestHTTPResource("/")
    URI base;

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("baytrack.access.open-reads", "false");
        }
    }

    @Test
    void readsNeedEitherKey() throws Exception {
        AccessTable.check(base, AccessTable.read("the entity list", "/entities", 200), false);
        AccessTable.check(base, AccessTable.read("an article", "/articles/art-unknown", 404), false);
    }
}
