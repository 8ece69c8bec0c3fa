package cn.gov.ledger.security.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * An amount field takes a JSON string only ({@code "1864800.00"}): a JSON number may already have lost digits
 * in the client's floating point, so it is refused (422, naming the field) with the advice to quote it.
 */
public final class QuotedAmount extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        JsonToken token = parser.currentToken();
        String given = token.isNumeric() ? "number " + parser.getText()
                : token.isScalarValue() ? parser.getText() : "object or array";
        throw InvalidFormatException.from(parser, "must be a string: quote the amount (yuan, at most two decimals),"
                + " e.g. \"12000.50\", not the JSON " + given, given, String.class);
    }
}
