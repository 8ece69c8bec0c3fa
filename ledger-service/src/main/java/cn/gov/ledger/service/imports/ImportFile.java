package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.support.BomSkippingReader;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV spooled to a temporary file (both passes stream it; nothing holds the whole file in memory).
 * Header: {@code type} and any of the posting fields of the contract, in any order.
 */
final class ImportFile implements AutoCloseable {

    static final Set<String> COLUMNS = Set.of("type", "department", "unit", "fiscalYear", "functionalCode", "source",
            "expenditureType", "project", "economicCode", "amount", "businessDate", "documentNo", "voucherNo",
            "payee", "memo", "reason", "contractNo");

    private final Path path;
    private final String sha256;

    private ImportFile(Path path, String sha256) {
        this.path = path;
        this.sha256 = sha256;
    }

    static ImportFile spool(InputStream body) throws IOException {
        MessageDigest digest = sha256Digest();
        Path path = Files.createTempFile("ledger-import-", ".csv");
        try (InputStream in = new DigestInputStream(body, digest)) {
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            return new ImportFile(path, HexFormat.of().formatHex(digest.digest()));
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

    /** Streams the data rows in file order; a row whose type is unknown is reported through {@code bad}. */
    void forEachRow(Consumer<ImportRow> rows, Consumer<FieldError> bad) {
        RowKeys keys = new RowKeys();
        try (Reader reader = new BomSkippingReader(Files.newBufferedReader(path, StandardCharsets.UTF_8));
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            checkHeader(parser.getHeaderNames());
            int index = 0;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                PostingRequest request = request(record);
                String type = value(record, "type");
                try {
                    EntryKind kind = EntryKind.valueOf(type == null ? "" : type);
                    rows.accept(new ImportRow(line, index++, kind, request, keys.next(kind, request)));
                } catch (IllegalArgumentException e) {
                    bad.accept(new FieldError(line, "type",
                            "must be one of APPROPRIATION, ADJUSTMENT, INCOME, EXPENDITURE"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(List<String> header) {
        List<String> unknown = header.stream().filter(column -> !COLUMNS.contains(column)).toList();
        if (!header.contains("type") || !unknown.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldError(1L, "header",
                    "needs a type column and only posting fields " + COLUMNS + "; unknown: " + unknown)));
        }
    }

    private static PostingRequest request(CSVRecord r) {
        return new PostingRequest(value(r, "department"), value(r, "unit"), value(r, "fiscalYear"),
                value(r, "functionalCode"), value(r, "source"), value(r, "expenditureType"), value(r, "project"),
                value(r, "economicCode"), value(r, "amount"), value(r, "businessDate"), value(r, "documentNo"),
                value(r, "voucherNo"), value(r, "payee"), value(r, "memo"), value(r, "reason"), value(r, "contractNo"));
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}
