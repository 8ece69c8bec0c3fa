package cn.gov.ledger.query.execution;

import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An execution request, validated: the tables' slice, {@code by} (functional or line), the lagging threshold in
 * percentage points and the format. Without {@code asOf} it is today in Beijing if today lies in the fiscal year
 * (the question is "how far are we now"), else the year's last day (a past year is read at its end, a future one
 * has nothing before it); an {@code asOf} outside the fiscal year has no time progress and is refused.
 */
public record ExecutionQuery(SliceRequest slice, boolean byLine, BigDecimal threshold, String format) {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final List<String> FORMATS = List.of("json", "csv", "xlsx", "html");

    public static ExecutionQuery parse(String department, int fiscalYear, ExecutionParameters p, LocalDate today) {
        List<FieldProblem> errors = new ArrayList<>();
        String by = p.by() == null ? "functional" : p.by().trim().toLowerCase(Locale.ROOT);
        if (!by.equals("functional") && !by.equals("line")) {
            errors.add(new FieldProblem("by", "must be functional (by 项, with 类 and 款) or line (by budget line)"));
        }
        BigDecimal threshold = threshold(p.threshold(), errors);
        String format = p.format() == null ? "json" : p.format().trim().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            errors.add(new FieldProblem("format", "must be one of json, csv, xlsx, html"));
        }
        String asOf = p.asOf();
        if (asOf == null && fiscalYear >= 1000 && fiscalYear <= 9999) {
            asOf = (today.getYear() == fiscalYear ? today : LocalDate.of(fiscalYear, 12, 31)).toString();
        }
        SliceRequest slice = p.slice(asOf).request(department, fiscalYear, errors);
        if (slice != null && slice.asOf().getYear() != fiscalYear) {
            errors.add(new FieldProblem("asOf", "must lie inside fiscal year " + fiscalYear
                    + " (time progress is a share of that year)"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new ExecutionQuery(slice, by.equals("line"), threshold, format);
    }

    private static BigDecimal threshold(String text, List<FieldProblem> errors) {
        if (text == null) {
            return BigDecimal.TEN;
        }
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.scale() <= 1) {
                return value.stripTrailingZeros().setScale(Math.max(0, value.stripTrailingZeros().scale()));
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        errors.add(new FieldProblem("threshold", "must be percentage points from 0 to 100 with at most one decimal,"
                + " e.g. 10 or 7.5"));
        return null;
    }
}
