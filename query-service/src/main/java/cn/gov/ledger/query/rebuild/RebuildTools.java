package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.projection.GenerationGate;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;
import javax.sql.DataSource;

/** What every rebuild works with; one set per node, since one rebuild runs at a time. */
@Component
record RebuildTools(DataSource dataSource, EventStorageEngine engine, EventPages pages,
                    ShadowTables tables, LiveProcessor live, GenerationGate gate, EventIndexes indexes,
                    RebuildProperties properties) {
}
