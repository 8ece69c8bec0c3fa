package cn.gov.ledger.service.batch;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.problem.Rejection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch body into typed entries. The body is taken as a tree, not a record, because each entry carries
 * the fields of its own type's endpoint next to {@code type}; an entry that is not a posting is a field error at
 * its index, so the client learns of every bad entry at once.
 */
final class BatchEntries {

    static final int MAX_ENTRIES = 1000;

    private BatchEntries() {
    }

    static List<BatchEntry> read(ObjectMapper json, JsonNode body, List<EntryError> errors) {
        JsonNode entries = body == null ? null : body.get("entries");
        if (entries == null || !entries.isArray() || entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw Rejection.unprocessable("invalid", "请求字段无效 Invalid fields", "entries must be an array of 1 to "
                    + MAX_ENTRIES + " postings").with("errors", List.of(new EntryError(0, "entries",
                    "must hold 1 to " + MAX_ENTRIES + " entries, not " + (entries == null ? 0 : entries.size()))));
        }
        List<BatchEntry> read = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            BatchEntry entry = entry(json, i, entries.get(i), errors);
            if (entry != null) {
                read.add(entry);
            }
        }
        return read;
    }

    private static BatchEntry entry(ObjectMapper json, int index, JsonNode node, List<EntryError> errors) {
        if (!(node instanceof ObjectNode object)) {
            errors.add(new EntryError(index, "entry", "must be a JSON object with a type and its posting fields"));
            return null;
        }
        ObjectNode fields = object.deepCopy();
        JsonNode type = fields.remove("type");
        EntryKind kind = kind(type);
        if (kind == null) {
            errors.add(new EntryError(index, "type", "must be one of APPROPRIATION, ADJUSTMENT, INCOME, EXPENDITURE"));
        }
        try {
            PostingRequest request = json.treeToValue(fields, PostingRequest.class);
            return kind == null ? null : new BatchEntry(index, kind, request);
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "entry" : e.getPath().get(0).getFieldName();
            errors.add(new EntryError(index, field, e instanceof UnrecognizedPropertyException
                    ? "is not a field of a posting" : "must be text (a string, number or boolean)"));
            return null;
        } catch (JsonProcessingException e) {
            errors.add(new EntryError(index, "entry", "is not a posting"));
            return null;
        }
    }

    private static EntryKind kind(JsonNode type) {
        if (type == null || !type.isTextual()) {
            return null;
        }
        for (EntryKind kind : EntryKind.values()) {
            if (kind.name().equals(type.asText())) {
                return kind;
            }
        }
        return null;
    }
}
