package cn.gov.ledger.query.projection;

import cn.gov.ledger.api.code.Classification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Appends facts in the processor's transaction, so they commit with the token. Within a processor batch
 * the facts of all its events are collected and inserted by one statement just before the token is
 * stored and the transaction commits: one round trip per batch instead of one per event.
 */
@Repository
class FactWriter implements FactSink {

    private static final String PENDING = FactWriter.class.getName() + ".pending";
    /** One statement for any number of facts: each column travels as one array, unnested into rows. */
    private static final String INSERT = """
            INSERT INTO query.fact (position, event_id, row_no, entry_id, reversal_of, kind, department, unit,
                                    fiscal_year, source, functional_code, expenditure_type, project, economic_code,
                                    line_id, amount_fen, business_date, recorded_at, actor)
            SELECT * FROM unnest(?::int8[], ?::text[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[],
                                 ?::text[], ?::int4[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                 ?::text[], ?::int8[], ?::date[], ?::timestamptz[], ?::text[])
            ON CONFLICT (event_id, row_no) DO NOTHING""";

    private final JdbcTemplate jdbc;

    FactWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inside a processor batch the facts wait for its commit; outside one they are inserted at once. */
    @Override
    public void append(List<Fact> facts) {
        if (CurrentUnitOfWork.isStarted()) {
            pending(CurrentUnitOfWork.get().root()).addAll(facts);
        } else {
            insert(facts);
        }
    }

    /** The batch's facts, inserted when it prepares to commit: after every handler, in its transaction. */
    private List<Fact> pending(UnitOfWork<?> batch) {
        return batch.getOrComputeResource(PENDING, key -> {
            List<Fact> pending = new ArrayList<>();
            batch.onPrepareCommit(committing -> insert(pending));
            return pending;
        });
    }

    private void insert(List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT);
            bind(ps, connection, facts);
            return ps;
        });
    }

    private static void bind(PreparedStatement ps, Connection connection, List<Fact> facts) throws SQLException {
        Column columns = new Column(ps, connection, facts);
        columns.longs(f -> f.origin().position());
        columns.texts(f -> f.origin().eventId());
        columns.ints(Fact::rowNo);
        columns.texts(Fact::entryId);
        columns.texts(Fact::reversalOf);
        columns.texts(f -> f.kind().name());
        columns.texts(f -> f.classification().department());
        columns.texts(f -> f.classification().unit());
        columns.ints(f -> f.classification().fiscalYear());
        columns.texts(f -> f.classification().source().name());
        columns.texts(f -> f.classification().functionalCode().value());
        columns.texts(f -> expenditureType(f.classification()));
        columns.texts(f -> f.classification().project());
        columns.texts(f -> economicCode(f.classification()));
        columns.texts(Fact::lineId);
        columns.longs(Fact::amountFen);
        columns.texts(f -> f.businessDate().toString());
        // Rounded to microseconds half-up, as the driver rounds a bound timestamp and FactCopy does.
        columns.texts(f -> FactCopy.micros(f.origin().recordedAt()).toString());
        columns.texts(f -> f.origin().actor());
    }

    private static String expenditureType(Classification c) {
        return c.expenditureType() == null ? null : c.expenditureType().name();
    }

    private static String economicCode(Classification c) {
        return c.economicCode() == null ? null : c.economicCode().value();
    }

    /** Binds the statement's parameters in order, each the array of one column's values. */
    private static final class Column {

        private final PreparedStatement ps;
        private final Connection connection;
        private final List<Fact> facts;
        private int index;

        Column(PreparedStatement ps, Connection connection, List<Fact> facts) {
            this.ps = ps;
            this.connection = connection;
            this.facts = facts;
        }

        void longs(Function<Fact, Long> value) throws SQLException {
            add("int8", value, Long[]::new);
        }

        void ints(Function<Fact, Integer> value) throws SQLException {
            add("int4", value, Integer[]::new);
        }

        void texts(Function<Fact, String> value) throws SQLException {
            add("text", value, String[]::new);
        }

        private <T> void add(String type, Function<Fact, T> value, IntFunction<T[]> array) throws SQLException {
            T[] values = array.apply(facts.size());
            for (int i = 0; i < values.length; i++) {
                values[i] = value.apply(facts.get(i));
            }
            ps.setArray(++index, connection.createArrayOf(type, values));
        }
    }
}
