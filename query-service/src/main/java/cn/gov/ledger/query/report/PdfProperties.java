package cn.gov.ledger.query.report;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The report as PDF.
 *
 * @param font       a TrueType font (.ttf or .ttc with glyf outlines) with the Chinese characters, embedded
 *                   in every PDF; the default is Debian's fonts-wqy-microhei. PDFBox cannot embed the CFF
 *                   outlines of fonts-noto-cjk, so that one will not do.
 * @param fontFamily the family name the report's CSS and charts ask for, mapped to that font
 */
@ConfigurationProperties("ledger.query.pdf")
public record PdfProperties(@DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path font,
                            @DefaultValue("WenQuanYi Micro Hei") String fontFamily) {
}
