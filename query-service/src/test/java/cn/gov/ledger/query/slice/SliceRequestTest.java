package cn.gov.ledger.query.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Binding the slice's query parameters: defaults, parsing, and every problem named by its field at once. */
@Tag("fast")
class SliceRequestTest {

    @Test
    void withoutParametersTheSliceIsTheWholeYearAsFarAsProcessed() {
        SliceRequest request = new SliceParameters(null, null, null, null, null).request("d", 2024);

        assertThat(request).isEqualTo(new SliceRequest("d", 2024, null, LocalDate.of(2024, 12, 31), null, null, 0));
    }

    @Test
    void givenParametersAreParsedAndTrimmed() {
        SliceRequest request = new SliceParameters(" 2024-06-30 ", "2025-04-23T08:00:00.1234567 08:00", " 42 ",
                "u1", "7").request("d", 2024);

        assertThat(request.asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(request.knownAt()).as("a '+' sent unencoded arrives as a space; kept to microseconds")
                .isEqualTo(Instant.parse("2025-04-23T00:00:00.123456Z"));
        assertThat(request.position()).isEqualTo(42L);
        assertThat(request.unit()).isEqualTo("u1");
        assertThat(request.minPosition()).isEqualTo(7L);
    }

    @Test
    void everyMalformedParameterIsReportedByItsField() {
        BadRequestException refused = catchThrowableOfType(BadRequestException.class,
                () -> SliceRequest.parse("d", 24, " ", "30.06.2024", "yesterday", "-1", "x"));

        assertThat(refused.errors()).extracting(FieldProblem::field)
                .containsExactly("year", "unit", "asOf", "knownAt", "position", "minPosition");
    }

    @Test
    void aRequestCheckingMoreFieldsCollectsTheSliceProblemsAfterItsOwn() {
        List<FieldProblem> problems = new ArrayList<>(List.of(new FieldProblem("format", "must be json")));

        SliceRequest request = new SliceParameters("2024-13-01", null, null, null, null)
                .request("d", 2024, problems);

        assertThat(request).isNull();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("format", "asOf");
    }

    @Test
    void earlierProblemsDoNotStopAValidSliceFromBeingParsed() {
        List<FieldProblem> problems = new ArrayList<>(List.of(new FieldProblem("format", "must be json")));

        SliceRequest request = SliceRequest.parse("d", 2024, null, null, null, null, null, problems);

        assertThat(request.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(problems).hasSize(1);
    }

    @Test
    void theWholeDepartmentDropsOnlyTheUnit() {
        SliceParameters unit = new SliceParameters("2024-06-30", "2025-01-01T00:00:00Z", "5", "u1", "3");

        assertThat(unit.wholeDepartment()).isEqualTo(new SliceParameters("2024-06-30", "2025-01-01T00:00:00Z", "5",
                null, "3"));
    }

    @Test
    void anEarlierEndOfADiffIsCappedAtTheLaterPosition() {
        SliceRequest open = SliceRequest.parse("d", 2024, null, null, null, null, null);
        SliceRequest later = SliceRequest.parse("d", 2024, null, null, null, "90", null);

        assertThat(open.notAfter(50).position()).isEqualTo(50L);
        assertThat(later.notAfter(50).position()).isEqualTo(50L);
        assertThat(later.notAfter(120).position()).isEqualTo(90L);
    }
}
