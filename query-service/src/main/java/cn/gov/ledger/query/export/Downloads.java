package cn.gov.ledger.query.export;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;

/**
 * The Content-Disposition of every download, so that the clerk's browser saves it under its Chinese name
 * ("bj-fin-2024年度部门决算报告.pdf"): RFC 6266 {@code filename*} in UTF-8, with the encoded {@code filename}
 * Spring writes beside it for older clients.
 */
public final class Downloads {

    private Downloads() {
    }

    /** {@code inline} or {@code attachment}, under the file name as a Chinese reader would want it. */
    public static String disposition(String type, String fileName) {
        return ContentDisposition.builder(type).filename(fileName, StandardCharsets.UTF_8).build().toString();
    }

    /** A department's year as file names begin: "bj-fin-2024年度". */
    public static String year(String department, int year) {
        return department + "-" + year + "年度";
    }
}
