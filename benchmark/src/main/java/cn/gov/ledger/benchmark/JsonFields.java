package cn.gov.ledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Finds numbers in answers whose exact shape the harness does not own (the query service's status, the
 * import counts): by a fragment of the field name, in objects only, so that per-segment arrays are ignored.
 */
final class JsonFields {

    private static final int DEPTH = 3;

    private JsonFields() {
    }

    /** The first numeric field whose name contains a fragment, trying the fragments in the order given. */
    static OptionalLong number(JsonNode node, String... fragments) {
        for (String fragment : fragments) {
            OptionalLong found = search(node, fragment.toLowerCase(Locale.ROOT), DEPTH);
            if (found.isPresent()) {
                return found;
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong search(JsonNode node, String fragment, int depth) {
        if (node == null || !node.isObject() || depth == 0) {
            return OptionalLong.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            boolean numeric = field.getValue().isIntegralNumber()
                    || field.getValue().isTextual() && field.getValue().asText().matches("-?\\d+");
            if (numeric && field.getKey().toLowerCase(Locale.ROOT).contains(fragment)) {
                return OptionalLong.of(field.getValue().asLong());
            }
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            OptionalLong nested = search(it.next(), fragment, depth - 1);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return OptionalLong.empty();
    }
}
