package org.baytrack.notification.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.ClosedReads;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.SmtpServerResource;
import org.junit.jupiter.api.Test;

import java.net.URI;

/** With {@code baytrack.access.open-reads=false} the alert stream needs a key; an unsubscribe link still does not. */
@QuarkusTest
@TestProfile(ClosedReads.class)
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class ClosedReadsTest {
    @TestHTTPResource("/")
    URI base;

    @Test
    void readsNeedEitherKey() throws Exception {
        AccessTable.check(base, AccessTable.read("the alert stream", "/alerts/stream?historical=maybe", 400), false);
        AccessTable.check(base, AccessTable.write("retry", "POST", "/deliveries/987654321/retry", null, null,
                AccessTable.Needs.ADMIN, 404), false);
    }

    @Test
    void anUnsubscribeLinkStaysOpen() throws Exception {
        AccessTable.check(base, AccessTable.read("unsubscribe", "/unsubscribe/no-such-token", 404), true);
    }
}
