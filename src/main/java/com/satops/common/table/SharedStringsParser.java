package com.satops.common.table;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Loads a workbook's shared strings into a compact {@link SharedStringTable}.
 * POI's ReadOnlySharedStringsTable keeps a String per item, wraps every lookup
 * in a new XMLBeans rich text object (about a microsecond each, several per
 * row) and by default appends phonetic runs to the text.
 */
final class SharedStringsParser {

    /** Caps the presized list so a wrong uniqueCount cannot allocate a huge array up front. */
    private static final int MAX_INITIAL_CAPACITY = 1 << 16;

    private SharedStringsParser() {
    }

    /** The workbook's shared strings by index; empty when it has none (all strings inline). */
    static SharedStringTable parse(OPCPackage pkg, XMLInputFactory factory) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new SharedStringTable(0);
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return parse(in, factory);
        }
    }

    static SharedStringTable parse(InputStream in, XMLInputFactory factory) throws XMLStreamException {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            SharedStringTable strings = null;
            StringBuilder buffer = new StringBuilder();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("sst".equals(name)) {
                    strings = new SharedStringTable(initialCapacity(xml.getAttributeValue(null, "uniqueCount")));
                } else if ("si".equals(name)) {
                    if (strings == null) {
                        strings = new SharedStringTable(0);
                    }
                    strings.add(RichText.read(xml, buffer));
                }
            }
            return strings == null ? new SharedStringTable(0) : strings;
        } finally {
            xml.close();
        }
    }

    private static int initialCapacity(String uniqueCount) {
        // the count is only a sizing hint: a missing or odd one costs a few array copies
        int count = XmlNumbers.parseNonNegative(uniqueCount, 16);
        return Math.max(16, Math.min(MAX_INITIAL_CAPACITY, count));
    }
}
