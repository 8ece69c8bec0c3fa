package cn.gov.ledger.service.imports;

import cn.gov.ledger.service.problem.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The character encoding of an uploaded CSV. Excel on Chinese Windows saves "CSV (逗号分隔)" in GBK, elsewhere
 * UTF-8 with or without a byte-order mark. A {@code charset} the client declares wins; otherwise the file is
 * decoded strictly as UTF-8 (GBK text is almost never valid UTF-8), then as GB18030 (a superset of GBK).
 * Decoding is always strict: a byte that is not text in the encoding refuses the file rather than turning
 * into a replacement character in somebody's payee.
 */
final class ImportCharset {

    static final Charset GB18030 = Charset.forName("GB18030");

    private ImportCharset() {
    }

    static Charset of(Path file, String declared) {
        if (declared != null && !declared.isBlank()) {
            try {
                return Charset.forName(declared.strip().replace("\"", ""));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw unreadable("不支持的字符集 " + declared + " (unsupported charset)");
            }
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            if (decodes(file, charset)) {
                return charset;
            }
        }
        throw unreadable("文件既不是有效的 UTF-8 也不是有效的 GBK/GB18030 文本，请在 Excel 中另存为“CSV UTF-8”后重试"
                + " (the file is valid text in neither UTF-8 nor GB18030)");
    }

    /** A reader that refuses malformed bytes instead of replacing them. */
    static Reader strictReader(InputStream in, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    static Rejection unreadable(String detail) {
        return Rejection.malformed("unreadable-file", "文件无法读取 Unreadable file", detail);
    }

    private static boolean decodes(Path file, Charset charset) {
        try (Reader reader = strictReader(Files.newInputStream(file), charset)) {
            char[] buffer = new char[65536];
            while (reader.read(buffer) != -1) {
                // reading to the end is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
