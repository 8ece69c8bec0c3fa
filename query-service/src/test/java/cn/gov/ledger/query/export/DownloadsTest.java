package cn.gov.ledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

@Tag("fast")
class DownloadsTest {

    @Test
    void aChineseFileNameTravelsAsRfc6266FilenameStar() {
        String header = Downloads.disposition("attachment", Downloads.year("whcs", 2024) + "决算-表05.xlsx");
        assertThat(header).startsWith("attachment;")
                .contains("filename*=UTF-8''whcs-2024%E5%B9%B4%E5%BA%A6%E5%86%B3%E7%AE%97-%E8%A1%A805.xlsx");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("whcs-2024年度决算-表05.xlsx");
    }

    @Test
    void quotesInANameCannotBreakTheHeader() {
        String header = Downloads.disposition("inline", "a\";b.csv");
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("a\";b.csv");
    }
}
