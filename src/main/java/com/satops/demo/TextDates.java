package com.satops.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Dates typed as text, the three ways FORMATS accepts and offices write:
 * {@code 2026-11-03}, {@code 2026/11/3}, {@code 2026年11月3日}.
 */
final class TextDates {

    private TextDates() {
    }

    static String iso(LocalDate day) {
        return day.toString();
    }

    static String slashed(LocalDate day) {
        return day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth();
    }

    static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    static String anyForm(LocalDate day, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> iso(day);
            case 1 -> slashed(day);
            default -> chinese(day);
        };
    }

    /**
     * A date of the month that does not exist, the kind of typo a clerk makes:
     * the 30th of February, or the 31st of a 30-day month ({@code 2026-02-30}).
     * A 31-day month has no such day, so February of its year stands in.
     */
    static String nonexistentIn(LocalDate day) {
        int length = day.lengthOfMonth();
        if (length < 31) {
            return String.format("%d-%02d-%02d", day.getYear(), day.getMonthValue(), length == 30 ? 31 : 30);
        }
        return String.format("%d-02-30", day.getYear());
    }
}
