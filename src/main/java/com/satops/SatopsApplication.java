package com.satops;

import com.satops.cli.SatopsCli;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SatopsApplication {

    /** The embedded database's shared-access server listens on loopback only, unless told otherwise. */
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";

    /**
     * The JDK's own XML factories, named so that creating one does not search the whole
     * class path for a provider first: POI makes a transformer for every workbook part
     * it saves, and in the packaged jar each search costs more than writing a small
     * workbook. No other provider is packaged, so the search would find these anyway.
     */
    private static final Map<String, String> XML_FACTORIES = Map.of(
            "javax.xml.transform.TransformerFactory",
            "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory",
            "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");

    public static void main(String[] args) {
        if (System.getProperty(H2_BIND_ADDRESS) == null) {
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
        XML_FACTORIES.forEach((factory, implementation) -> {
            if (System.getProperty(factory) == null) {
                System.setProperty(factory, implementation);
            }
        });
        System.exit(SatopsCli.execute(args));
    }
}
