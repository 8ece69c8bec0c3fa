package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.problem.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * An uploaded import file spooled to a temporary file (every pass streams it; nothing holds the whole file in
 * memory): an Excel workbook (recognised by its zip signature, whatever the client called it) or a CSV in
 * UTF-8 or GBK. Header: {@code type} and any of the posting fields, by API name or Chinese header, in any order.
 */
final class ImportFile implements AutoCloseable {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final Path path;
    private final String sha256;
    private final String charset;
    private ImportSheet sheet;

    private ImportFile(Path path, String sha256, String charset) {
        this.path = path;
        this.sha256 = sha256;
        this.charset = charset;
    }

    /** @param charset the {@code charset} the client declared for a CSV, or null to detect it */
    static ImportFile spool(InputStream body, String charset) throws IOException {
        MessageDigest digest = sha256Digest();
        Path path = Files.createTempFile("ledger-import-", ".upload");
        try (InputStream in = new DigestInputStream(body, digest)) {
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            return new ImportFile(path, HexFormat.of().formatHex(digest.digest()), charset);
        } catch (IOException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String sha256() {
        return sha256;
    }

    /** The rows as read; the format and encoding are found once, on the first call. */
    ImportSheet sheet() {
        if (sheet == null) {
            sheet = recognise();
        }
        return sheet;
    }

    /** The data rows in the file, read once through without checking them, so progress has a whole to show. */
    long rows() {
        return sheet().count();
    }

    private ImportSheet recognise() {
        byte[] start = new byte[ZIP.length];
        try (InputStream in = Files.newInputStream(path)) {
            int read = in.readNBytes(start, 0, start.length);
            if (read == ZIP.length && Arrays.equals(start, ZIP)) {
                return new XlsxSheet(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvSheet(path, ImportCharset.of(path, charset));
    }

    /** Streams the data rows in file order; a row whose type is unknown is reported through {@code bad}. */
    void forEachRow(Consumer<ImportRow> rows, Consumer<FieldError> bad) {
        RowKeys keys = new RowKeys();
        int[] index = {0};
        sheet().read(row -> {
            PostingRequest request = ImportValues.request(row.cells());
            EntryKind kind = ImportValues.kind(row.cells().get("type"));
            if (kind == null) {
                bad.accept(new FieldError(row.line(), "type", "须为 预算指标、预算调整、收入、支出 之一"
                        + " (must be one of APPROPRIATION, ADJUSTMENT, INCOME, EXPENDITURE)"));
            } else {
                rows.accept(new ImportRow(row.line(), index[0]++, kind, request, keys.next(kind, request)));
            }
        });
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
