package org.baytrack.tracker.access;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.List;

import static org.baytrack.infra.test.AccessTable.preflight;
import static org.baytrack.infra.test.AccessTable.read;

/**
 * Who may do what on the tracker: it has no keyed writes of its own (registering a candidate relays the form's key
 * to the catalog), so everything is open while reads are.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "tracker"))
class AccessTest {
    @TestHTTPResource("/")
    URI base;

    static List<AccessTable.Row> rows() {
        return List.of(
                read("the projects", "/projects", 200),
                read("a project's timeline", "/projects/no-such-project/timeline", 404),
                read("the board page", "/", 200),
                read("a board row", "/board/rows/no-such-project", 404),
                preflight("/candidates"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRequestNeedsItsScope(AccessTable.Row row) throws Exception {
        AccessTable.check(base, row, true);
    }
}
