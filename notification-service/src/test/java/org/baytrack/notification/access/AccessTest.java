package org.baytrack.notification.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.RealInfrastructure;
import org.baytrack.notification.support.SmtpServerResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static org.baytrack.infra.test.AccessTable.Needs.ADMIN;
import static org.baytrack.infra.test.AccessTable.preflight;
import static org.baytrack.infra.test.AccessTable.read;
import static org.baytrack.infra.test.AccessTable.write;

/** Who may do what on the notification API: every write needs the admin key, reads are open. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notification"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServerResource.class, scope = TestResourceScope.GLOBAL)
class AccessTest {
    static final String JSON = "application/json";

    @TestHTTPResource("/")
    URI base;

    static List<AccessTable.Row> rows() {
        String mailbox = "reader-" + UUID.randomUUID() + "@example.org";
        return List.of(
                write("subscribe", "POST", "/subscriptions", JSON, "{\"projects\":[\"*\"],\"email\":\"" + mailbox
                        + "\"}", ADMIN, 201),
                write("read a subscription", "GET", "/subscriptions/sub-unknown", null, null, ADMIN, 404),
                write("change a subscription", "PATCH", "/subscriptions/sub-unknown", JSON, "{\"enabled\":false}",
                        ADMIN, 404),
                write("delete a subscription", "DELETE", "/subscriptions/sub-unknown", null, null, ADMIN, 404),
                write("rotate a secret", "POST", "/subscriptions/sub-unknown/secret/rotate", null, null, ADMIN, 404),
                write("read a delivery", "GET", "/deliveries/987654321", null, null, ADMIN, 404),
                write("retry a delivery", "POST", "/deliveries/987654321/retry", null, null, ADMIN, 404),
                read("the alert stream's parameters", "/alerts/stream?historical=maybe", 400),
                read("an unsubscribe link, whose token is its credential", "/unsubscribe/no-such-token", 404),
                preflight("/subscriptions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRequestNeedsItsScope(AccessTable.Row row) throws Exception {
        AccessTable.check(base, row, true);
    }
}
