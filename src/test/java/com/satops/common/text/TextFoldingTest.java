package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void fullWidthLettersDigitsAndPunctuationFoldWhereverTheyStand() {
        assertThat(TextFolding.fold("ＸＸＨＹ")).isEqualTo("XXHY");
        assertThat(TextFolding.fold("3栋２单元１５０２")).isEqualTo("3栋2单元1502");
        assertThat(TextFolding.fold("已交房（Ａ）")).isEqualTo("已交房(A)");
    }

    @Test
    void everyKindOfSurroundingSpaceIsTrimmedAndInnerSpacesStay() {
        assertThat(TextFolding.fold("\u3000 A区\u00A0")).isEqualTo("A区");
        assertThat(TextFolding.fold("3栋\u30002单元")).isEqualTo("3栋 2单元");
        assertThat(TextFolding.fold("  \t")).isEmpty();
        assertThat(TextFolding.fold(null)).isEmpty();
    }

    @Test
    void textThatNeedsNoFoldingComesBackAsItIs() {
        String plain = "房屋台账 BJHY-3-2-1502";
        assertThat(TextFolding.fold(plain)).isSameAs(plain);
        assertThat(TextFolding.fold(" " + plain + " ")).isEqualTo(plain);
    }
}
