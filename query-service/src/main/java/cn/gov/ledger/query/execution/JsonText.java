package cn.gov.ledger.query.execution;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** How the execution's figures leave as JSON: the contract's strings, and strings in the API document too. */
final class JsonText {

    private JsonText() {
    }

    /** Exact fen written as yuan with two decimals ("12739600.00"). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @JacksonAnnotationsInside
    @JsonSerialize(using = YuanJson.class)
    @Schema(type = "string")
    @interface Yuan {
    }

    /** A percentage with one decimal written as it is ("45.2", "-4.5"). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
    @JacksonAnnotationsInside
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @Schema(type = "string")
    @interface Percent {
    }
}
