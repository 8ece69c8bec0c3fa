package cn.gov.ledger.query.tables;

import cn.gov.ledger.api.code.Money;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * A table's exact fen as the printed 万元 figure, rounded once, half-up, to two decimals, and only here, where
 * a figure leaves as text: JSON and CSV print it plain ("4368.79", zero "0.00"); pages group thousands
 * ("4,368.79") and leave a zero blank, as the published layout does.
 */
public final class WanYuan {

    private WanYuan() {
    }

    /** The printed figure as a number, for a renderer or a sentence: 43_687_895_000 → 43687.90. */
    public static BigDecimal of(long fen) {
        return Money.toWanYuanDecimal(fen);
    }

    /** As the contract's JSON and the CSV print it: "4368.79", "-0.01", "0.00". */
    public static String plain(long fen) {
        return Money.toWanYuan(fen);
    }

    /** As a page prints it: "4,368.79", blank where the printed figure is zero. */
    public static String grouped(long fen) {
        BigDecimal printed = of(fen);
        return printed.signum() == 0 ? "" : Money.grouped(printed);
    }

    /** The fen of the printed figure (a multiple of 0.01 万元), for comparing what two tables print. */
    public static long printedFen(long fen) {
        return of(fen).movePointRight(6).longValueExact();
    }

    /** Writes a cell into the table JSON as its plain printed figure. */
    public static final class Json extends StdSerializer<Long> {

        public Json() {
            super(Long.class);
        }

        @Override
        public void serialize(Long fen, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(plain(fen));
        }
    }

    /**
     * Reads a cell of a kept table JSON (a publication's frozen bytes): the fen of its printed figure, exactly,
     * so the publication's CSV, HTML and XLSX print what its JSON says.
     */
    public static final class Kept extends StdDeserializer<Long> {

        public Kept() {
            super(Long.class);
        }

        @Override
        public Long deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return Money.parseWanYuan(in.getValueAsString());
        }
    }
}
