package cn.gov.ledger.query.projection;

import java.util.List;

/**
 * Where the handlers put the facts they derive. The live processor's sink inserts them in its own
 * transaction; a rebuild's sink collects them and copies them into the next generation in bulk, so the
 * very same handlers serve both.
 */
interface FactSink {

    void append(List<Fact> facts);
}
