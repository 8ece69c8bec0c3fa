package cn.gov.ledger.query.export;

import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The encoding of a CSV download: UTF-8 with a BOM unless the client asks for GBK ({@code charset=gbk}
 * or {@code gb18030}, or an {@code Accept-Charset} naming one of them first). GB18030 is written for
 * either: it is GBK for every character GBK has and still encodes the rest.
 */
public final class CsvCharset {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final List<String> CHINESE = List.of("gbk", "gb18030", "gb2312");
    private static final List<String> UNICODE = List.of("utf-8", "utf8");

    private CsvCharset() {
    }

    /** @param parameter the {@code charset} request parameter; @param accept the Accept-Charset header */
    public static Charset of(String parameter, String accept) {
        if (parameter != null && !parameter.isBlank()) {
            String asked = parameter.trim().toLowerCase(Locale.ROOT);
            if (CHINESE.contains(asked)) {
                return GB18030;
            }
            if (UNICODE.contains(asked)) {
                return StandardCharsets.UTF_8;
            }
            throw new BadRequestException(List.of(new FieldProblem("charset", "must be utf-8 or gbk")));
        }
        if (accept != null) {
            for (String part : accept.split(",")) {
                String name = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (CHINESE.contains(name)) {
                    return GB18030;
                }
                if (UNICODE.contains(name)) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
