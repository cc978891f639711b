package com.satops.common.table;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SharedStringsParserTest {

    @Test
    void joinsRichTextRunsAndLeavesOutPhoneticGuides() throws XMLStreamException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
                  <si><t>项目编码</t></si>
                  <si><r><rPr><b/></rPr><t>黑色</t></r><r><t>客户</t></r></si>
                  <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
                  <si><t/></si>
                </sst>
                """;

        SharedStringTable strings = SharedStringsParser.parse(
                new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8)), SheetXml.factory());

        assertThat(strings.size()).isEqualTo(4);
        assertThat(List.of(strings.get(0), strings.get(1), strings.get(2), strings.get(3)))
                .containsExactly("项目编码", "黑色客户", "東京", "");
    }
}
