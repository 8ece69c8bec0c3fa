package cn.gov.ledger.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Both services on a fresh database with the seed year loaded through the import endpoint, exactly as a
 * finance office would load it. Started once for every test class that asks for it in the run (starting
 * two jars and importing the year is the slow part of the acceptance tests) and stopped at the end.
 */
final class SeedYear implements ParameterResolver {

    static final String DEPARTMENT = "wcjgsw";

    /**
     * The running services, the position the seed import answered with and the last position of the
     * records only people know (records.json); the annotations (annotations.json) are loaded too.
     */
    record Loaded(Services services, long importPosition, long recordsPosition)
            implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() throws InterruptedException {
            services.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Loaded.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SeedYear.class, key -> load(), Loaded.class);
    }

    private static Loaded load() {
        Services services = null;
        try {
            services = new Services(TestDatabase.createDatabase("acceptance"));
            String ledger = services.ledgerUrl;
            Http.Answer imported = importEntries(ledger);
            assertThat(Http.post("admin", ledger + "/api/v1/departments/" + DEPARTMENT + "/units/wcjgsw-bj/years/2023/close",
                    "application/json", "").status()).isEqualTo(200);
            long recordsPosition = postEach(ledger, "records.json", 201);
            postAnnotations(services.queryUrl, recordsPosition);
            return new Loaded(services, imported.body().path("position").asLong(), recordsPosition);
        } catch (Exception | AssertionError e) {
            stopAfterFailure(services, e);
            throw new IllegalStateException("the seed year could not be loaded", e);
        }
    }

    /** The department, its unit and the year's entries (entries.csv) through the ledger's import; its answer. */
    static Http.Answer importEntries(String ledger) throws IOException {
        assertThat(Http.post("admin", ledger + "/api/v1/departments", "application/json",
                "{\"code\":\"" + DEPARTMENT + "\",\"name\":\"武昌区机关事务服务中心\"}").status()).isEqualTo(201);
        assertThat(Http.post("admin", ledger + "/api/v1/departments/" + DEPARTMENT + "/units", "application/json",
                "{\"code\":\"wcjgsw-bj\",\"name\":\"武昌区机关事务服务中心(本级)\"}").status()).isEqualTo(201);
        String csv = Files.readString(Path.of("../datasets/wuchang/entries.csv"), StandardCharsets.UTF_8);
        Http.Answer imported = Http.post("admin", ledger + "/api/v1/imports", "text/csv", csv);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        return imported;
    }

    /** Posts each request of a dataset file ({@code [{"key", "path", "body"}]}); returns the highest position. */
    private static long postEach(String base, String file, int expected) throws IOException {
        long position = 0;
        for (JsonNode request : Http.JSON.readTree(Path.of("../datasets/wuchang/" + file).toFile())) {
            Http.Answer answer = Http.post("admin", base + request.path("path").asText(), "application/json",
                    request.path("body").toString());
            assertThat(answer.status()).as(request.path("key").asText() + ": " + answer.body()).isEqualTo(expected);
            position = Math.max(position, answer.body().path("position").asLong());
        }
        return position;
    }

    /** The report's explanations, once the query service has seen everything loaded (as load-annotations.sh). */
    private static void postAnnotations(String query, long position) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Http.get("admin", query + "/api/v1/departments/" + DEPARTMENT + "/years/2024/tables/01?minPosition="
                + position).status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        postEach(query, "annotations.json", 201);
    }

    private static void stopAfterFailure(Services services, Throwable cause) {
        if (services == null) {
            return;
        }
        try {
            services.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(e);
        }
    }
}
