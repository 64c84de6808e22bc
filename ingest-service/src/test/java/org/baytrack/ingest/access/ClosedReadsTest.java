package org.baytrack.ingest.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

/** With {@code baytrack.access.open-reads=false} reading documents needs either key. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ClosedReads.class)
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"),
        scope = TestResourceScope.GLOBAL)
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
        AccessTable.check(base, AccessTable.read("a document", "/documents/doc-unknown", 404), false);
        AccessTable.check(base, AccessTable.read("the document list", "/documents?limit=1", 200), false);
    }
}
