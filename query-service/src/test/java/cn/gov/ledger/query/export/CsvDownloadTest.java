package cn.gov.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ledger.query.web.BadRequestException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as Excel opens it: UTF-8 with a BOM by default, GBK on request, formulas neutralised, amounts plain. */
class CsvDownloadTest {

    private static final List<String> HEADER = List.of("key", "name", "amount");
    private static final List<List<String>> ROWS = List.of(List.of("total", "合计", "4368.79"),
            List.of("e1", "=HYPERLINK(\"http://evil.example\",\"x\")", "-1.20"), List.of("e2", "-1+1", "0.00"));

    @Test
    void utf8StartsWithABomAndReadsBackWithTextNeutralisedAndAmountsPlain() {
        byte[] bytes = CsvDownload.bytes(HEADER, ROWS, StandardCharsets.UTF_8);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> read = CsvText.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(read).containsExactly(HEADER, List.of("total", "合计", "4368.79"),
                List.of("e1", "'=HYPERLINK(\"http://evil.example\",\"x\")", "-1.20"), List.of("e2", "'-1+1", "0.00"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void gbkHasNoBomAndItsChineseReadsInGbk() {
        byte[] bytes = CsvDownload.bytes(HEADER, ROWS, CsvCharset.GB18030);
        assertThat(bytes[0]).isEqualTo((byte) 'k');
        assertThat(new String(bytes, Charset.forName("GBK"))).contains("total,合计,4368.79");
    }

    @Test
    void theParameterWinsOverAcceptCharsetAndAnUnknownCharsetIsRefused() {
        assertThat(CsvCharset.of(null, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvCharset.of("GBK", null)).isEqualTo(CsvCharset.GB18030);
        assertThat(CsvCharset.of(null, "gb18030;q=1.0, utf-8;q=0.5")).isEqualTo(CsvCharset.GB18030);
        assertThat(CsvCharset.of("utf-8", "gbk")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvCharset.of(null, "iso-8859-1, *")).isEqualTo(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvCharset.of("latin1", null)).isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(((BadRequestException) e).errors()).extracting(p -> p.field())
                        .containsExactly("charset"));
    }
}
