package com.satops.common.table;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnSetTest {

    private final ColumnSet columns = new ColumnSet(TestColumns.CRM);

    @Test
    void findsAColumnByAnyOfItsNames() {
        assertThat(columns.indexOfHeader("项目编码 ")).isZero();
        assertThat(columns.indexOfHeader("Project_Code")).isZero();
        assertThat(columns.indexOfHeader("PROJECT CODE")).isZero();
        assertThat(columns.indexOfHeader("project-code")).isZero();
        assertThat(columns.indexOfHeader("ＰＨＯＮＥ")).isEqualTo(4);
        assertThat(columns.indexOfHeader("手机号")).isEqualTo(4);
        assertThat(columns.indexOfHeader("楼栋")).isEqualTo(-1);
        assertThat(columns.indexOfHeader(null)).isEqualTo(-1);
    }

    @Test
    void refusesColumnsThatCannotBeToldApart() {
        assertThatThrownBy(() -> new ColumnSet(List.of(
                ColumnDef.required("room", "房号"), ColumnDef.optional("room", "房间"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnSet(List.of(
                ColumnDef.required("phone", "联系电话"), ColumnDef.optional("mobile", "手机", "Phone"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Phone");
    }

    @Test
    void labelsAColumnForUsers() {
        assertThat(ColumnDef.required("customer_class", "客户类别").label()).isEqualTo("客户类别 (customer_class)");
    }
}
