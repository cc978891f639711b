package com.satops.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The number format of each cell style of a workbook ({@code styles.xml}: the
 * custom formats of {@code numFmts} and the format id of each {@code cellXfs}
 * entry), read with StAX. POI's StylesTable binds the whole part through
 * XMLBeans, whose parser set-up looks a missing class up on the class path on
 * every file: a few milliseconds of each of a thousand small workbooks.
 */
final class CellFormats {

    static final CellFormats NONE = new CellFormats(new int[0], Map.of());

    /** Format id of each cellXfs entry; -1 where the entry names none. */
    private final int[] formatIds;
    private final Map<Integer, String> customFormats;

    private CellFormats(int[] formatIds, Map<Integer, String> customFormats) {
        this.formatIds = formatIds;
        this.customFormats = customFormats;
    }

    /** The workbook's cell formats; none when it has no styles part (every number plain). */
    static CellFormats of(OPCPackage pkg, XMLInputFactory factory) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return NONE;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return parse(in, factory);
        }
    }

    static CellFormats parse(InputStream styles, XMLInputFactory factory) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(styles);
        try {
            Map<Integer, String> custom = new HashMap<>();
            int[] ids = new int[16];
            int count = 0;
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                    inCellXfs = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("numFmt".equals(name)) {
                    int id = XmlNumbers.parseNonNegative(xml.getAttributeValue(null, "numFmtId"), -1);
                    String code = xml.getAttributeValue(null, "formatCode");
                    if (id >= 0 && code != null) {
                        custom.put(id, code);
                    }
                } else if ("cellXfs".equals(name)) {
                    inCellXfs = true;
                } else if (inCellXfs && "xf".equals(name)) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count * 2);
                    }
                    ids[count++] = XmlNumbers.parseNonNegative(xml.getAttributeValue(null, "numFmtId"), -1);
                }
            }
            return new CellFormats(Arrays.copyOf(ids, count), custom);
        } finally {
            xml.close();
        }
    }

    /** The meaning of the style at an index of the workbook's cell formats (cellXfs). */
    NumberStyle styleAt(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= formatIds.length || formatIds[styleIndex] < 0) {
            return NumberStyle.PLAIN;
        }
        int formatId = formatIds[styleIndex];
        return NumberStyle.of(formatId, customFormats.get(formatId));
    }
}
