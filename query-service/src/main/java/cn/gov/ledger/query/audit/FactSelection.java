package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.slice.Slice;
import java.util.List;

/**
 * Facts chosen by kind and classification rather than by a table's cell: within a slice, the facts of
 * {@code kinds} whose functional code starts with {@code functionalPrefix} ("" for all) and, if given, that sit
 * on budget line {@code lineId}.
 */
public record FactSelection(Slice slice, List<String> kinds, String functionalPrefix, String lineId) {

    FactScope scope() {
        return FactScope.of(slice);
    }

    /** SQL conditions on the facts aliased {@code f}, after the scope's; arguments appended to {@code args}. */
    String where(List<Object> args) {
        StringBuilder sql = new StringBuilder(scope().where(args))
                .append(" AND f.kind = ANY (?) AND f.functional_code LIKE ?");
        args.add(kinds.toArray(String[]::new));
        args.add(functionalPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        if (lineId != null) {
            sql.append(" AND f.line_id = ?");
            args.add(lineId);
        }
        return sql.toString();
    }
}
