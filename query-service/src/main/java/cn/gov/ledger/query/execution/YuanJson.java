package cn.gov.ledger.query.execution;

import cn.gov.ledger.api.code.Money;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes exact fen into the JSON as the contract's yuan string with two decimals ("12739600.00", "-0.50"). */
public final class YuanJson extends StdSerializer<Long> {

    public YuanJson() {
        super(Long.class);
    }

    @Override
    public void serialize(Long fen, JsonGenerator out, SerializerProvider provider) throws IOException {
        out.writeString(Money.toYuan(fen));
    }
}
