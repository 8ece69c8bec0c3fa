package cn.gov.ledger.query.export;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every CSV the service hands out: RFC 4180 through Commons CSV, CRLF lines, each text cell neutralised
 * by {@link SafeText}, amounts in the contract's plain form, in the encoding the request asks for
 * ({@link CsvCharset}); UTF-8 starts with a BOM, which is how Excel knows it is UTF-8.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** The file as the current request wants it, served inline under {@code fileName}. */
    public static ResponseEntity.BodyBuilder response(String fileName) {
        Charset charset = requested();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", charset))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition("inline", fileName));
    }

    /** The bytes of header and rows in the current request's encoding. */
    public static byte[] bytes(List<String> header, List<List<String>> rows) {
        return bytes(header, rows, requested());
    }

    static byte[] bytes(List<String> header, List<List<String>> rows, Charset charset) {
        StringWriter text = new StringWriter();
        if (charset.equals(StandardCharsets.UTF_8)) {
            text.write('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(header.stream().map(SafeText::cell).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SafeText::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return text.toString().getBytes(charset);
    }

    private static Charset requested() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return StandardCharsets.UTF_8;
        }
        HttpServletRequest request = attributes.getRequest();
        return CsvCharset.of(request.getParameter("charset"), request.getHeader(HttpHeaders.ACCEPT_CHARSET));
    }
}
