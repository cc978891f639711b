package com.satops.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.satops.common.text.ValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    private static final String DOMAIN = "com.satops.common.domain.";

    /** The code lists of FORMATS.md, section 2, code and label exactly. */
    @ParameterizedTest
    @CsvSource({
            "HandoverStatus,  DELIVERED,       已交房",
            "HandoverStatus,  NOT_DELIVERED,   未交房",
            "OccupancyStatus, RESIDENT,        常住",
            "OccupancyStatus, RENTED,          出租",
            "OccupancyStatus, VACANT,          空置",
            "OccupancyStatus, RENOVATING,      装修中",
            "CustomerClass,   BLACK,           黑色客户",
            "CustomerClass,   GOOD,            良好关系户",
            "CustomerClass,   NORMAL,          普通客户",
            "StaffRole,       STEWARD,         管家",
            "StaffRole,       DEPT_HEAD,       部门负责人",
            "StaffRole,       PROJECT_MANAGER, 项目经理",
            "ReasonCategory,  SECURITY,        保安服务",
            "ReasonCategory,  CLEANING,        清洁卫生",
            "ReasonCategory,  PARKING,         停车门岗",
            "ReasonCategory,  FACILITIES,      设施设备",
            "ReasonCategory,  GREENING,        绿化养护",
            "ReasonCategory,  REPAIR,          客关维修",
            "ReasonCategory,  OTHER,           其他",
            "PatrolType,      WEEKLY,          周巡",
            "PatrolType,      DAILY,           日巡",
            "PatrolCategory,  CLEANING,        清洁",
            "PatrolCategory,  GREENING,        绿化",
            "PatrolCategory,  FACILITIES,      设施",
            "PatrolCategory,  SECURITY,        安全",
            "PatrolCategory,  PARKING,         停车",
            "PatrolCategory,  OTHER,           其他",
            "PatrolStatus,    OPEN,            未整改",
            "PatrolStatus,    IN_PROGRESS,     整改中",
            "PatrolStatus,    CLOSED,          已销项",
            "VisitMethod,     IN_PERSON,       上门",
            "VisitMethod,     PHONE,           电话"})
    void readsEachValueByCodeAndByLabel(String enumName, String code, String label) throws Exception {
        Class<?> type = Class.forName(DOMAIN + enumName);
        Labelled expected = (Labelled) Enum.valueOf(type.asSubclass(Enum.class), code);

        assertThat(expected.label()).isEqualTo(label);
        assertThat(parse(type, code)).isSameAs(expected);
        assertThat(parse(type, code.toLowerCase(Locale.ROOT))).isSameAs(expected);
        assertThat(parse(type, label)).isSameAs(expected);
        assertThat(parse(type, " " + label + "\u3000")).isSameAs(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "HandoverStatus,  2",
            "OccupancyStatus, 4",
            "CustomerClass,   3",
            "StaffRole,       3",
            "ReasonCategory,  7",
            "PatrolType,      2",
            "PatrolCategory,  6",
            "PatrolStatus,    3",
            "VisitMethod,     2"})
    void listsExactlyTheContractsValues(String enumName, int count) throws Exception {
        assertThat(Class.forName(DOMAIN + enumName).getEnumConstants()).hasSize(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "IN_PROGRESS", "in progress", "In-Progress", "in_progress", "inprogress", "IN PROGRESS",
            "ＩＮ＿ＰＲＯＧＲＥＳＳ", "  in progress ", "整改中", "整改中\u3000"})
    void ignoresCaseSpacingUnderscoresAndHyphensInCodes(String text) {
        assertThat(Labels.parse(PatrolStatus.class, text)).isEqualTo(PatrolStatus.IN_PROGRESS);
    }

    @ParameterizedTest
    @CsvSource({
            "not delivered,  NOT_DELIVERED",
            "Not-Delivered,  NOT_DELIVERED",
            "delivered,      DELIVERED",
            "Delivered,      DELIVERED"})
    void readsEnglishLabelsInAnyCase(String text, HandoverStatus expected) {
        assertThat(Labels.parse(HandoverStatus.class, text)).isEqualTo(expected);
    }

    @Test
    void keepsSameLabelledValuesOfDifferentListsApart() {
        assertThat(Labels.parse(ReasonCategory.class, "其他")).isEqualTo(ReasonCategory.OTHER);
        assertThat(Labels.parse(PatrolCategory.class, "其他")).isEqualTo(PatrolCategory.OTHER);
        assertThat(Labels.parse(PatrolCategory.class, "cleaning")).isEqualTo(PatrolCategory.CLEANING);
    }

    @Test
    void rejectsAnUnknownValueListingTheAllowedOnes() {
        assertThatThrownBy(() -> Labels.parse(HandoverStatus.class, " X "))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.unknownLabel[X, 已交房/DELIVERED, 未交房/NOT_DELIVERED]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"清洁", "已交", "交房", "DELIVER", "DELIVEREDX", "1"})
    void rejectsNearMissesAndOtherListsLabels(String text) {
        assertThatThrownBy(() -> Labels.parse(HandoverStatus.class, text))
                .isInstanceOf(ValueException.class)
                .hasMessageStartingWith("inbox.value.unknownLabel[" + text + ", ");
    }

    @Test
    void rejectsALabelOfAnotherList() {
        assertThatThrownBy(() -> Labels.parse(ReasonCategory.class, "清洁"))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.unknownLabel[清洁, 保安服务/SECURITY, 清洁卫生/CLEANING, "
                        + "停车门岗/PARKING, 设施设备/FACILITIES, 绿化养护/GREENING, 客关维修/REPAIR, 其他/OTHER]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "_", "\u3000"})
    void rejectsAnEmptyCell(String text) {
        assertThatThrownBy(() -> Labels.parse(VisitMethod.class, text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.noLabel[上门/IN_PERSON, 电话/PHONE]");
    }

    @Test
    void listsTheAllowedValuesInDeclarationOrder() {
        assertThat(Labels.allowed(PatrolStatus.class)).isEqualTo("未整改/OPEN, 整改中/IN_PROGRESS, 已销项/CLOSED");
    }

    @Test
    void refusesACodeListThatReadsOneTextAsTwoValues() {
        assertThatThrownBy(() -> Labels.parse(Clashing.class, "A"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Clashing reads 'second' as both FIRST and SECOND");
    }

    private enum Clashing implements Labelled {
        FIRST("Second"),
        SECOND("第二");

        private final String label;

        Clashing(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    // The CSV table names enums as text; this bridges to the typed API.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text) {
        return Labels.parse((Class) type, text);
    }
}
