package cn.gov.ledger.query.rebuild;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Turns stored payloads and metadata into objects as the event serializer does. A JacksonSerializer asks its
 * mapper for a new reader, and so looks the type's deserializer up, for every event; here each payload type's
 * reader (of the serializer's own mapper, with all its settings) is made once and kept. Thread-safe.
 */
final class EventDecoder {

    private final Serializer serializer;
    private final Map<SerializedType, Function<byte[], Object>> payloads = new ConcurrentHashMap<>();
    private final Function<byte[], MetaData> metaData;

    EventDecoder(Serializer serializer) {
        this.serializer = serializer;
        this.metaData = serializer instanceof JacksonSerializer jackson
                ? reading(jackson.getObjectMapper().readerFor(MetaData.class))
                : bytes -> serializer.deserialize(new SerializedMetaData<>(bytes, byte[].class));
    }

    Object payload(byte[] data, String type, String revision) {
        return payloads.computeIfAbsent(new SimpleSerializedType(type, revision), this::reader).apply(data);
    }

    MetaData metaData(byte[] data) {
        return data == null ? MetaData.emptyInstance() : metaData.apply(data);
    }

    /** The kept reader; an unknown type (no such class here) is left to the serializer, as the engine does. */
    private Function<byte[], Object> reader(SerializedType type) {
        Class<?> payloadType = serializer.classForType(type);
        if (serializer instanceof JacksonSerializer jackson && !UnknownSerializedType.class.equals(payloadType)) {
            return reading(jackson.getObjectMapper().readerFor(payloadType));
        }
        return bytes -> serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type));
    }

    private static <T> Function<byte[], T> reading(ObjectReader reader) {
        return bytes -> {
            try {
                return reader.readValue(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a stored event as " + reader.getValueType(), e);
            }
        };
    }
}
