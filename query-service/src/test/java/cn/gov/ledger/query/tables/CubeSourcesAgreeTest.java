package cn.gov.ledger.query.tables;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.query.slice.Slice;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The in-memory cube and the PostgreSQL aggregate give the same sums for any slice. */
class CubeSourcesAgreeTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "agree";
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<String> CODES = List.of("2010301", "2010350", "2080505", "2210201");
    private static final List<String> ECONOMIC = List.of("30201", "30231", "30101", "31002");

    @Autowired
    FactCubeRepository repository;

    private long head;

    /** Postings scattered over units, codes, business dates and recording instants (a fixed seed). */
    @BeforeAll
    void postScatteredEntries() {
        LedgerEvents events = events();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 300; i++) {
            Classification line = basicLine(DEPT, "u" + random.nextInt(3), 2024, CODES.get(random.nextInt(CODES.size())));
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
            Instant recorded = FIRST.plusSeconds(random.nextLong(400 * 86_400L));
            long fen = 1 + random.nextLong(50_000_000);
            Object event = switch (random.nextInt(3)) {
                case 0 -> appropriation("ag-" + i, line.withEconomicCode(null), fen, date);
                case 1 -> income("ag-" + i, line, fen, date);
                default -> expenditure("ag-" + i, line, ECONOMIC.get(random.nextInt(ECONOMIC.size())), fen, date);
            };
            head = events.append(DEPT + "-" + i, event, recorded);
        }
        awaitProjected(head);
    }

    @Test
    void everySliceSumsTheSameInMemoryAsInTheDatabase() {
        FactColumns columns = new FactColumns();
        columns.catchUp(repository, DEPT, 2024, head - 100);
        columns.catchUp(repository, DEPT, 2024, head);
        assertAgree(slice -> columns.cube(slice).cube());
    }

    @Test
    void factsAboveTheSettledPositionAreAddedFromTheDatabase() {
        FactCubes cubes = new FactCubes(repository, new TablesProperties("classpath*:catalog/template-*.csv", 1_000_000));
        assertAgree(slice -> cubes.cube(slice, head - 150));
    }

    private void assertAgree(Function<Slice, FactCube> cubes) {
        SplittableRandom random = new SplittableRandom(2024);
        int withFigures = 0;
        for (int i = 0; i < 300; i++) {
            Slice slice = Slice.of(DEPT, 2024, random.nextInt(4) == 0 ? null : "u" + random.nextInt(4),
                    LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366)),
                    FIRST.plusSeconds(random.nextLong(420 * 86_400L)), head - random.nextLong(400));
            Map<CubeCell, Long> tested = sums(cubes.apply(slice));
            assertThat(tested).as(slice.toString()).isEqualTo(sums(repository.load(slice)));
            withFigures += tested.isEmpty() ? 0 : 1;
        }
        assertThat(withFigures).as("slices that hold any figure").isGreaterThan(150);
    }

    /** Amount per key; a cube may list a key twice (held facts plus the tail read from the database). */
    private static Map<CubeCell, Long> sums(FactCube cube) {
        Map<CubeCell, Long> sums = new HashMap<>();
        cube.cells().forEach(cell -> sums.merge(cell.withAmount(0), cell.amountFen(), Long::sum));
        return sums;
    }
}
