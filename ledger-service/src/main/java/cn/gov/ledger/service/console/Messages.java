package cn.gov.ledger.service.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's messages as the console shows them, in Chinese. The API keeps its English field messages (clients
 * match on them) and bilingual titles ("超出预算 Over budget"); the console shows the Chinese part of a title
 * and translates the field messages it knows, leaving any other text as the API wrote it.
 */
final class Messages {

    private static final Map<Pattern, String> FIELD = new LinkedHashMap<>();

    static {
        put("is required", "必填");
        put("must be at most (\\d+) characters", "不能超过 $1 个字符");
        put("must be absent for this kind of entry", "此类分录不填");
        put("must be a year between 1990 and 2100", "须为 1990 至 2100 之间的年份");
        put("must be one of (.*)", "须为以下之一：$1");
        put("must be positive", "须大于零");
        put("must not be zero", "不能为零");
        put("must be an amount in yuan with at most two decimals.*", "须为以元为单位的金额，最多两位小数，如 1864800.00");
        put("must lie inside fiscal year (\\d+)", "须在 $1 预算年度内");
        put("must be an ISO date such as 2024-03-31", "须为日期，如 2024-03-31");
        put("must be a whole number, zero or more", "须为零或正整数");
        put("must be a 7-digit 项 code, not (.*)", "须为 7 位功能分类（项）编码，而不是 $1");
        put("must be a 5-digit 款 code, not (.*)", "须为 5 位经济分类（款）编码，而不是 $1");
        put("unknown department (.*)", "部门 $1 不存在");
        put("unknown unit (.*) in department (.*)", "部门 $2 下没有单位 $1");
        put("unknown code (\\S+) in the (\\d+) catalogue", "编码 $1 不在 $2 年度科目目录中");
        put("fiscal year (\\d+) is closed", "$1 年度已结账");
        put("(\\w+) rows need the role (\\w+)", "$1 行需要角色 $2");
        put("(\\d+) more errors not listed", "另有 $1 处错误未列出");
        put("(?:over budget: )?(?:budget )?line (\\S+) has ([\\d.-]+) available, ([\\d.-]+) (?:was )?asked",
                "超出预算：预算指标 $1 可用 $2 元，申请 $3 元");
        put("no budget line .*", "没有对应的预算指标（无预算不支出）");
    }

    private Messages() {
    }

    private static void put(String english, String chinese) {
        FIELD.put(Pattern.compile(english), chinese);
    }

    /** A field message or problem detail in Chinese where it is one the console knows. */
    static String chinese(String message) {
        if (message == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> known : FIELD.entrySet()) {
            Matcher matcher = known.getKey().matcher(message);
            if (matcher.matches()) {
                return matcher.replaceAll(known.getValue());
            }
        }
        return message;
    }

    /** The Chinese part of a bilingual title ("超出预算 Over budget (无预算不支出)" → "超出预算"). */
    static String title(String title) {
        if (title == null) {
            return "";
        }
        int english = title.indexOf(' ');
        return english > 0 && title.substring(0, english).codePoints().anyMatch(c -> c > 0x2E80)
                ? title.substring(0, english) : title;
    }
}
