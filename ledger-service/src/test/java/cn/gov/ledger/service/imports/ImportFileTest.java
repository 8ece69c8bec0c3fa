package cn.gov.ledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading import files without a database: formats, encodings, Chinese headers and values, broken files. */
class ImportFileTest {

    private static final String CHINESE = "类型,部门,单位,预算年度,资金来源,功能分类科目,支出类型,经济分类科目,金额（元）,业务日期,凭证号,收款单位\n"
            + "支出,wc,wc-bj,2024,一般公共预算财政拨款,2010350 事业运行,基本支出,30201 办公费,\"12,000.50\",2024/3/5,记-1,武汉某文具公司\n"
            + ",,,,,,,,,,,\n"
            + "预算指标,wc,wc-bj,2024,一般公共预算财政拨款,2010350,项目支出,,500.00,2024年1月5日,,\n";

    @Test
    void readsChineseHeadersValuesAndCodesCarryingTheirNames() throws IOException {
        List<ImportRow> rows = rows(CHINESE.getBytes(StandardCharsets.UTF_8), null);
        assertThat(rows).hasSize(2);
        ImportRow spend = rows.get(0);
        assertThat(spend.type()).isEqualTo(EntryKind.EXPENDITURE);
        assertThat(spend.line()).isEqualTo(2);
        PostingRequest r = spend.request();
        assertThat(List.of(r.source(), r.functionalCode(), r.expenditureType(), r.economicCode(), r.amount(),
                r.businessDate(), r.payee())).containsExactly("GENERAL_PUBLIC_BUDGET", "2010350", "BASIC", "30201",
                "12000.50", "2024-03-05", "武汉某文具公司");
        assertThat(rows.get(1).type()).isEqualTo(EntryKind.APPROPRIATION);
        assertThat(rows.get(1).line()).as("the blank row is skipped, not renumbered").isEqualTo(4);
        assertThat(rows.get(1).request().expenditureType()).isEqualTo("PROJECT");
        assertThat(rows.get(1).request().businessDate()).isEqualTo("2024-01-05");
    }

    @Test
    void detectsGbkAndUtf8WithBomAndReadsThemAlike() throws IOException {
        List<ImportRow> utf8 = rows(CHINESE.getBytes(StandardCharsets.UTF_8), null);
        byte[] bom = ("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = CHINESE.getBytes(Charset.forName("GBK"));
        assertThat(rows(bom, null)).isEqualTo(utf8);
        assertThat(rows(gbk, null)).isEqualTo(utf8);
        assertThat(rows(gbk, "GBK")).isEqualTo(utf8);
    }

    @Test
    void aFileThatIsTextInNeitherEncodingOrHasBrokenQuotingIsRefusedWith400() {
        byte[] neither = {'t', 'y', 'p', 'e', '\n', (byte) 0xFF, (byte) 0x80, (byte) 0xFF, '\n'};
        assertThatThrownBy(() -> rows(neither, null)).isInstanceOfSatisfying(Rejection.class, e -> {
            assertThat(e.kind()).isEqualTo(Rejection.Kind.MALFORMED);
            assertThat(e.getMessage()).contains("UTF-8", "GBK");
        });
        byte[] declaredWrongly = CHINESE.getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> rows(declaredWrongly, "UTF-8")).isInstanceOfSatisfying(Rejection.class,
                e -> assertThat(e.kind()).isEqualTo(Rejection.Kind.MALFORMED));
        byte[] unterminated = "type,amount\nINCOME,\"10.00\nINCOME,5.00\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> rows(unterminated, null)).isInstanceOfSatisfying(Rejection.class, e -> {
            assertThat(e.kind()).isEqualTo(Rejection.Kind.MALFORMED);
            assertThat(e.getMessage()).contains("引号");
        });
        assertThatThrownBy(() -> rows("type,amount\n".getBytes(StandardCharsets.UTF_8), "no-such-charset"))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.kind()).isEqualTo(Rejection.Kind.MALFORMED));
    }

    @Test
    void refusesAHeaderNamingAColumnThatIsNoPostingField() {
        byte[] csv = "类型,金额,备注栏\n支出,1.00,x\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> rows(csv, null)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors().get(0).message()).contains("备注栏"));
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithNumericAndDateCellsAsTheClerkTypedThem() throws IOException {
        byte[] xlsx = ClerkWorkbook.bytes();
        List<ImportRow> rows = rows(xlsx, null);
        assertThat(rows).hasSize(2);
        PostingRequest r = rows.get(0).request();
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(List.of(r.fiscalYear(), r.functionalCode(), r.economicCode(), r.amount(), r.businessDate()))
                .containsExactly("2024", "2010350", "30201", "12000.5", "2024-03-15");
        assertThat(rows.get(1).line()).as("sheet row numbers, blank rows counted").isEqualTo(4);
        assertThat(rows.get(1).type()).isEqualTo(EntryKind.INCOME);
        assertThat(rows.get(1).request().amount()).isEqualTo("300");
        assertThat(rows.get(1).request().source()).isEqualTo("BUSINESS");
        assertThat(rows(xlsx, null).get(0).key()).as("the same workbook twice gives the same keys")
                .isEqualTo(rows.get(0).key());
    }

    @Test
    void anUnknownTypeIsARowErrorAtItsSheetRow() throws IOException {
        List<FieldError> bad = new ArrayList<>();
        try (ImportFile file = ImportFile.spool(new ByteArrayInputStream(
                "类型,金额\n其他,1.00\n".getBytes(StandardCharsets.UTF_8)), null)) {
            file.forEachRow(row -> { }, bad::add);
        }
        assertThat(bad).extracting(FieldError::line, FieldError::field).containsExactly(
                tuple(2L, "type"));
    }

    private static List<ImportRow> rows(byte[] content, String charset) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        try (ImportFile file = ImportFile.spool(new ByteArrayInputStream(content), charset)) {
            file.forEachRow(rows::add, bad -> {
                throw new AssertionError("unexpected bad row " + bad);
            });
        }
        return rows;
    }
}
