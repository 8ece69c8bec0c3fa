package cn.gov.ledger.query.audit;

import cn.gov.ledger.api.MetaDataKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * A stored event's payload and metadata as JSON. The write side serializes both with Axon's
 * JacksonSerializer, so the stored bytes already are JSON and are read as they are, not through the
 * event classes: an event of a type this service does not know, or of an older revision, still shows.
 */
@Component
class EventJson {

    private final ObjectMapper json;

    EventJson(ObjectMapper json) {
        this.json = json;
    }

    /** The bytes as a JSON tree; bytes that are not JSON (edited by hand) as a base64 string; none as null. */
    JsonNode read(byte[] bytes) {
        if (bytes == null) {
            return NullNode.getInstance();
        }
        try {
            JsonNode node = json.readTree(bytes);
            return node == null ? NullNode.getInstance() : node;
        } catch (IOException e) {
            return TextNode.valueOf("base64:" + Base64.getEncoder().encodeToString(bytes));
        }
    }

    /** A metadata value written by the write side ({@link MetaDataKeys}), or null. */
    static String meta(JsonNode metadata, String key) {
        return metadata.path(key).isValueNode() && !metadata.path(key).isNull() ? metadata.path(key).asText() : null;
    }

    /** A top-level text field of a payload, or null. */
    static String text(JsonNode payload, String field) {
        return payload.path(field).textValue();
    }
}
