package com.satops.common.table;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the text of a SpreadsheetML string item ({@code <si>} in the shared
 * strings, {@code <is>} in an inline-string cell): a plain {@code <t>} or rich
 * text runs {@code <r><t>…</t></r>}. Phonetic guides ({@code <rPh>}) are left
 * out: they hold the reading of the text, not the text.
 */
final class RichText {

    private RichText() {
    }

    /**
     * Reads from just after the item's start tag to its end tag.
     *
     * @param buffer reused between calls to join the runs of rich text
     */
    static String read(XMLStreamReader xml, StringBuilder buffer) throws XMLStreamException {
        String single = null;
        boolean joined = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    String text = xml.getElementText();
                    if (single == null && !joined) {
                        single = text;
                    } else {
                        if (!joined) {
                            buffer.setLength(0);
                            buffer.append(single);
                            joined = true;
                        }
                        buffer.append(text);
                    }
                } else if ("rPh".equals(name)) {
                    skipElement(xml);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (joined) {
            return buffer.toString();
        }
        return single == null ? "" : single;
    }

    /** Skips from just after an element's start tag past its end tag. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
