package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoomKeyParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "3-2-1502", "3栋2单元1502", "3幢2单元1502室", "3号楼2单元1502", "３栋２单元１５０２",
            "3栋 2单元 1502", "3楼2单元1502", "3#2单元1502", "3栋-2单元-1502", "3 - 2 - 1502",
            "3/2/1502", "3—2—1502", "3——2——1502", "3–2–1502", "3－2－1502", "3 2 1502",
            "3栋2-1502", "3-2单元1502号", "03栋02单元1502", " 3-2-1502\u3000", "3栋\u30002单元\u30001502"})
    void readsEveryWrittenFormOfOneHousehold(String text) {
        RoomKey key = RoomKeyParser.parse(text);

        assertThat(key).isEqualTo(new RoomKey("3", "2", "1502"));
        assertThat(key.canonical()).isEqualTo("3-2-1502");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-0801", "12栋0801", "12幢0801室", "12号楼0801", "12 0801", "012-0801", "１２栋０８０１"})
    void readsAHouseholdOfABuildingWithoutUnits(String text) {
        RoomKey key = RoomKeyParser.parse(text);

        assertThat(key).isEqualTo(new RoomKey("12", null, "0801"));
        assertThat(key.canonical()).isEqualTo("12-0801");
    }

    @ParameterizedTest
    @CsvSource({
            "A3栋2单元1502,  A3-2-1502",
            "B座1502,       B-1502",
            "b座 1502,      B-1502",
            "ａ３-1-101,     A3-1-101",
            "A03-1-101,     A03-1-101",
            "0-1-101,       0-1-101",
            "10栋1单元0101,  10-1-0101",
            "3-A-1502,      3-A-1502",
            "3-2-0001,      3-2-0001",
            "100-20-3,      100-20-3",
            "3栋21502,       3-21502"})
    void normalizesBuildingsUnitsAndRooms(String text, String canonical) {
        assertThat(RoomKeyParser.parse(text).canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "abc", "3栋", "1502", "3栋2单元", "3-2-15A2", "3-2-1502#", "3-2-1502室室", "321502",
            "3--2-1502", "3-2-1-1502", "3栋2单元1502 楼", "三栋2单元1502", "3*2*1502", "-3-2-1502", "3-2-",
            "3单元2栋1502", "3-2-1502-"})
    void rejectsWhatIsNoRoomKey(String text) {
        assertThatThrownBy(() -> RoomKeyParser.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notRoomKey[" + text + "]");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000"})
    void rejectsAnEmptyCell(String text) {
        assertThatThrownBy(() -> RoomKeyParser.parse(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notRoomKey[]");
    }

    @Test
    void rejectsLongTextQuickly() {
        String pasted = "1".repeat(30) + " " + "2".repeat(30) + " x";

        assertThatThrownBy(() -> RoomKeyParser.parse(pasted))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notRoomKey[" + pasted + "]");
    }

    @ParameterizedTest
    @CsvSource({
            "3栋,    2单元,  1502,    3-2-1502",
            "3,      2,      1502室,  3-2-1502",
            "３,     ２,     １５０２,  3-2-1502",
            "3号楼,  2,      1502,    3-2-1502",
            "03,     02,     1502,    3-2-1502",
            "'3 栋', '2 单元', '1502 室', 3-2-1502",
            "12,     ,       0801,    12-0801",
            "12栋,   ' ',    0801室,  12-0801",
            "B座,    ,       101,     B-101",
            ",       ,       3-2-1502, 3-2-1502",
            "' ',    ,       12栋0801, 12-0801"})
    void readsTheErpsSeparateColumns(String building, String unit, String room, String canonical) {
        assertThat(RoomKeyParser.fromParts(building, unit, room).canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({
            "3栋,  2单元,  1502A",
            "3栋,  2单元,  ",
            "3栋,  2栋,    1502",
            "3单元, 2,     1502",
            "3-2,  ,      1502",
            "3,    2,      3-2-1502"})
    void rejectsPartsThatMakeNoRoomKey(String building, String unit, String room) {
        assertThatThrownBy(() -> RoomKeyParser.fromParts(building, unit, room))
                .isInstanceOf(ValueException.class)
                .hasMessageStartingWith("inbox.value.notRoomKeyParts[");
    }

    @Test
    void namesEveryPartInTheReason() {
        assertThatThrownBy(() -> RoomKeyParser.fromParts("3栋", null, "15x"))
                .hasMessage("inbox.value.notRoomKeyParts[3栋, , 15x]");
    }

    @Test
    void readsTheCombinedKeyWhenThereIsNoBuilding() {
        assertThatThrownBy(() -> RoomKeyParser.fromParts(null, null, "abc"))
                .isInstanceOf(ValueException.class)
                .hasMessage("inbox.value.notRoomKey[abc]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3-2-1502", "12-0801", "A3-1-0101", "B-101"})
    void readsItsOwnCanonicalFormBack(String canonical) {
        assertThat(RoomKeyParser.parse(canonical).canonical()).isEqualTo(canonical);
    }
}
