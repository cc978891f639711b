package com.satops.demo;

import java.util.SplittableRandom;

/**
 * The ways people write one room key, all naming the same household
 * (FORMATS "Room keys"): {@code 3-2-1502}, {@code 3栋2单元1502},
 * {@code 3幢2单元1502室}, {@code 3号楼2单元1502}, full-width
 * {@code ３栋２单元１５０２}, {@code 3栋 2单元 1502}; without a unit
 * {@code 12-0801}, {@code 12栋0801}, {@code 12幢0801室}, {@code １２栋０８０１}.
 */
final class RoomKeyStyles {

    enum Style {
        CANONICAL, DONG, ZHUANG_SHI, HAO_LOU, FULL_WIDTH, SPACED
    }

    private static final Style[] STYLES = Style.values();

    private RoomKeyStyles() {
    }

    static String write(Household household, Style style) {
        String building = String.valueOf(household.building().number());
        String room = household.room();
        if (!household.building().hasUnits()) {
            return switch (style) {
                case CANONICAL -> building + "-" + room;
                case DONG, SPACED, HAO_LOU -> building + "栋" + room;
                case ZHUANG_SHI -> building + "幢" + room + "室";
                case FULL_WIDTH -> fullWidth(building + "栋" + room);
            };
        }
        String unit = String.valueOf(household.unit());
        return switch (style) {
            case CANONICAL -> building + "-" + unit + "-" + room;
            case DONG -> building + "栋" + unit + "单元" + room;
            case ZHUANG_SHI -> building + "幢" + unit + "单元" + room + "室";
            case HAO_LOU -> building + "号楼" + unit + "单元" + room;
            case FULL_WIDTH -> fullWidth(building + "栋" + unit + "单元" + room);
            case SPACED -> building + "栋 " + unit + "单元 " + room;
        };
    }

    /** Any style, the canonical one as likely as the others. */
    static String anyStyle(Household household, SplittableRandom random) {
        return write(household, STYLES[random.nextInt(STYLES.length)]);
    }

    /**
     * Mostly the canonical key, which systems that got it from our own exports
     * keep; now and then a form a person typed.
     */
    static String mostlyCanonical(Household household, SplittableRandom random, double typedShare) {
        return random.nextDouble() < typedShare
                ? anyStyle(household, random)
                : write(household, Style.CANONICAL);
    }

    /** ASCII digits as the full-width ones a Chinese input method types. */
    static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            wide.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        return wide.toString();
    }
}
