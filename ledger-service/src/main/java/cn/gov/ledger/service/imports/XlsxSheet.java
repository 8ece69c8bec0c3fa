package cn.gov.ledger.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook, read as a stream of SAX events (POI's event API), so a sheet of
 * 100,000 rows is never held in memory as cells; the shared strings are read the same way.
 */
record XlsxSheet(Path path) implements ImportSheet {

    @Override
    public void read(Consumer<SheetRow> rows) {
        try (OPCPackage workbook = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportCharset.unreadable("工作簿中没有工作表 (the workbook has no sheet)");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                XlsxRows handler = new XlsxRows(rows);
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), handler, new XlsxCellText(), false));
                parser.parse(new InputSource(sheet));
                handler.requireHeader();
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | POIXMLException | UnsupportedFileFormatException | InvalidOperationException e) {
            throw ImportCharset.unreadable("无法读取 Excel 工作簿，请另存为 .xlsx 后重试 (not a readable .xlsx workbook: "
                    + e.getMessage() + ")");
        }
    }
}
