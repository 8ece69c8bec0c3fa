package cn.gov.ledger.query.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Fetches served tables in tests and reads their cells. */
public final class Tables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockMvc mvc;

    public Tables(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** GET a table; {@code query} is appended as is ("asOf=2024-06-30&unit=u1"), may be empty. */
    public JsonNode get(String department, int year, String table, String query) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/departments/" + department + "/years/"
                + year + "/tables/" + table + (query.isEmpty() ? "" : "?" + query))
                        .with(Users.as("auditor"))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError("table " + table + " answered " + result.getResponse().getStatus() + ": "
                    + result.getResponse().getContentAsString());
        }
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The cell of the row with this key (and side, in tables 01 and 04; null elsewhere). */
    public static String cell(JsonNode table, String side, String rowKey, String column) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("key").asText().equals(rowKey) && (side == null || side.equals(row.path("side").asText()))) {
                return row.get("cells").get(column).asText();
            }
        }
        return null;
    }

    public static String cell(JsonNode table, String rowKey, String column) {
        return cell(table, null, rowKey, column);
    }
}
