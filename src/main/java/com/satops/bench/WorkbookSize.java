package com.satops.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/** Rows and cells of a written workbook, counted by streaming its sheets' XML. */
public record WorkbookSize(long rows, long cells) {

    public static WorkbookSize of(Path xlsx) {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        long rows = 0;
        long cells = 0;
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLStreamReader xml = factory.createXMLStreamReader(sheet);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                            String name = xml.getLocalName();
                            if ("row".equals(name)) {
                                rows++;
                            } else if ("c".equals(name)) {
                                cells++;
                            }
                        }
                    }
                    xml.close();
                }
            }
        } catch (IOException | RuntimeException | javax.xml.stream.XMLStreamException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw new BenchFailure("cannot count the rows of " + xlsx + ": " + e.getMessage(), e);
        }
        return new WorkbookSize(rows, cells);
    }

    public int cellsPerRow() {
        return rows == 0 ? 0 : (int) Math.max(1, Math.round((double) cells / rows));
    }
}
