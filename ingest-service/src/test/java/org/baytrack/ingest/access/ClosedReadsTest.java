package org.baytrack.ingest.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.ClosedReads;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.net.URI;

/** With {@code baytrack.access.open-reads=false} reading documents needs either key. */
@QuarkusTest
@TestProfile(ClosedReads.class)
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"),
        scope = TestResourceScope.GLOBAL)
class ClosedReadsTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void readsNeedEitherKey() throws Exception {
        AccessTable.check(base, AccessTable.read("a document", "/documents/doc-unknown", 404), false);
        AccessTable.check(base, AccessTable.read("the document list", "/documents?limit=1", 200), false);
    }
}
