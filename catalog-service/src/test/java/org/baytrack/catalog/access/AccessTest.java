package org.baytrack.catalog.access;

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
import java.util.UUID;

import static org.baytrack.infra.test.AccessTable.Needs.ADMIN;
import static org.baytrack.infra.test.AccessTable.Needs.READ;
import static org.baytrack.infra.test.AccessTable.preflight;
import static org.baytrack.infra.test.AccessTable.read;
import static org.baytrack.infra.test.AccessTable.write;

/**
 * Who may do what on the catalog API: registering and deleting entities needs the admin key, reads are open. The
 * registration row is sent with the right key last, so its 201 shows the refused attempts registered nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
class AccessTest {
    @TestHTTPResource("/")
    URI base;

    static List<AccessTable.Row> rows() {
        String id = "access-" + UUID.randomUUID().toString().substring(0, 8);
        return List.of(
                write("register an entity", "POST", "/entities", "application/json", "{\"id\":\"" + id
                        + "\",\"type\":\"project\",\"name\":\"访问测试桥" + id.substring(7) + "\"}", ADMIN, 201),
                write("delete an entity", "DELETE", "/entities/no-such-entity", null, null, ADMIN, 404),
                read("the entity list", "/entities?type=project", 200),
                read("an article", "/articles/art-unknown", 404),
                read("the candidates", "/entities/candidates?limit=1", 200),
                write("analyze a text", "POST", "/analyze", "application/json",
                        "{\"text\":\"一座新的跨江大桥今天开工。\"}", READ, 200),
                preflight("/entities"),
                preflight("/analyze"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRequestNeedsItsScope(AccessTable.Row row) throws Exception {
        AccessTable.check(base, row, true);
    }
}
