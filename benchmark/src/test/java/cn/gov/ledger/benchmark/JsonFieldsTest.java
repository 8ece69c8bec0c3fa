package cn.gov.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class JsonFieldsTest {

    private static JsonNode json(String text) throws Exception {
        return Http.JSON.readTree(text);
    }

    @Test
    void readsTheQueryServiceStatusButNotItsPerSegmentPositions() throws Exception {
        JsonNode status = json("""
                {"processor":"facts","segments":[{"segment":0,"position":7}],
                 "processedPosition":120,"headPosition":125,"lag":5}""");

        assertThat(JsonFields.number(status, "processed")).hasValue(120);
        assertThat(JsonFields.number(status, "head")).hasValue(125);
        assertThat(JsonFields.number(status, "segment")).isEmpty();
    }

    @Test
    void triesFragmentsInOrderAndLooksIntoNestedObjects() throws Exception {
        JsonNode answer = json("""
                {"rows":3,"counts":{"created":0,"posted":"2"}}""");

        assertThat(JsonFields.number(answer, "posted", "created")).hasValue(2);
        assertThat(JsonFields.number(answer, "missing")).isEmpty();
    }
}
