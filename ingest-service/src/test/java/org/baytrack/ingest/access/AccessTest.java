package org.baytrack.ingest.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.baytrack.infra.test.AccessTable;
import org.baytrack.infra.test.RealInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static org.baytrack.infra.test.AccessTable.Needs.INGEST;
import static org.baytrack.infra.test.AccessTable.preflight;
import static org.baytrack.infra.test.AccessTable.read;
import static org.baytrack.infra.test.AccessTable.write;

/**
 * Who may do what on the ingest API: posting documents needs the ingest key (or the admin key), reads are open. A
 * text/plain post is what any web page can send without a preflight; without a key it stores nothing.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "ingest"),
        scope = TestResourceScope.GLOBAL)
class AccessTest {
    @TestHTTPResource("/")
    URI base;

    static List<AccessTable.Row> rows() {
        String mark = UUID.randomUUID().toString();
        return List.of(
                write("a text/plain document, as a foreign page could post it", "POST", "/documents",
                        "text/plain; charset=UTF-8", "深江铁路珠江口隧道今日贯通，编号 " + mark, INGEST, 202)
                        .expecting("\"status\":\"accepted\""),
                write("an HTML document", "POST", "/documents", "text/html; charset=UTF-8",
                        "<p>中开高速全线试通车，编号 " + mark + "</p>", INGEST, 202).expecting("\"status\":\"accepted\""),
                write("a JSON document", "POST", "/documents", "application/json",
                        "{\"text\":\"黄茅海跨海通道主塔封顶，编号 " + mark + "\"}", INGEST, 202)
                        .expecting("\"status\":\"accepted\""),
                write("a batch", "POST", "/documents/batch", "application/x-ndjson",
                        "{\"text\":\"南沙大桥车流统计，编号 " + mark + "\"}\n", INGEST, 200)
                        .expecting("\"status\":\"accepted\""),
                read("a document", "/documents/doc-unknown", 404),
                read("the document list", "/documents?limit=1", 200),
                preflight("/documents"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRequestNeedsItsScope(AccessTable.Row row) throws Exception {
        AccessTable.check(base, row, true);
    }
}
