package cn.gov.ledger.query.progress;

import cn.gov.ledger.query.axon.EventStoreProperties;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tokens as stored, read with plain SQL: the TokenStore API can only fetch a token by claiming
 * it, which would take segments away from the processor that owns them.
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String tokenTable;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer, EventStoreProperties properties) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.tokenTable = properties.tokenTable();
    }

    /** Segment number to its token (null while the segment has processed nothing). */
    public Map<Integer, TrackingToken> load(String processorName) {
        Map<Integer, TrackingToken> tokens = new TreeMap<>();
        jdbc.query("SELECT segment, token, token_type FROM " + tokenTable + " WHERE processor_name = ?",
                rs -> {
                    byte[] bytes = rs.getBytes(2);
                    String type = rs.getString(3);
                    tokens.put(rs.getInt(1), bytes == null || type == null ? null : deserialize(bytes, type));
                }, processorName);
        return tokens;
    }

    private TrackingToken deserialize(byte[] bytes, String type) {
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class,
                new SimpleSerializedType(type, null)));
    }
}
