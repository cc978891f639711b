package com.satops.common.table;

import java.io.IOException;
import java.util.List;

/** The CRM classification columns plus a few optional ones, as a job would request them. */
final class TestColumns {

    static final List<ColumnDef> CRM = List.of(
            ColumnDef.required("project_code", "项目编码"),
            ColumnDef.required("room", "房号"),
            ColumnDef.required("customer_class", "客户类别"),
            ColumnDef.required("marked_on", "标记日期"),
            ColumnDef.optional("phone", "联系电话", "手机号"),
            ColumnDef.optional("area", "面积"),
            ColumnDef.optional("active", "在职"),
            ColumnDef.optional("total", "合计"),
            ColumnDef.optional("note", "备注"));

    private TestColumns() {
    }

    /** What a reader says it has read after {@code rows} rows, then once it has read to the end. */
    static long[] bytesReadAfterAndAtTheEnd(TableReader reader, int rows) throws IOException {
        for (int i = 0; i < rows; i++) {
            reader.next();
        }
        long after = reader.bytesRead();
        while (reader.next() != null) {
            // read to the end
        }
        return new long[] {after, reader.bytesRead()};
    }
}
