package com.satops.common.text;

import java.util.Locale;
import java.util.Set;

/**
 * Masks phone numbers for anything that leaves the database: {@code 13812341234}
 * becomes {@code 138****1234}. Only digits are kept, so neither the number nor its
 * formatting leaks; a cell listing several numbers has each masked.
 */
public final class PhoneMask {

    private static final String STARS = "****";
    private static final int KEPT_HEAD = 3;
    private static final int KEPT_TAIL = 4;
    // Fewer digits make no full phone number (a bad cell, an extension): show only the tail.
    private static final int MIN_DIGITS_FOR_HEAD = 8;

    // The roster's phone column as a data issue names it, in either language.
    private static final Set<String> PHONE_COLUMNS = Set.of("联系电话", "phone");

    private PhoneMask() {
    }

    /** A data issue's value as it may leave the database: masked when its column is the phone column. */
    public static String issueValue(String columnName, String value) {
        boolean phone = columnName != null && PHONE_COLUMNS.contains(columnName.trim().toLowerCase(Locale.ROOT));
        return phone ? mask(value) : value;
    }

    /** The masked number(s); "" for null or blank. */
    public static String mask(String phone) {
        String folded = TextFolding.fold(phone);
        StringBuilder masked = new StringBuilder(folded.length() + KEPT_TAIL);
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || isListSeparator(folded.charAt(i))) {
                String number = folded.substring(start, i);
                if (!number.isBlank()) {
                    masked.append(maskOne(number));
                }
                if (i < folded.length()) {
                    masked.append(folded.charAt(i));
                }
                start = i + 1;
            }
        }
        return masked.toString();
    }

    // Dashes and spaces stay inside one number (0755-1234 5678); these separate numbers.
    private static boolean isListSeparator(char c) {
        return c == '/' || c == ',' || c == ';' || c == '、';
    }

    private static String maskOne(String number) {
        String digits = withoutCountryCode(digitsOf(number));
        if (digits.length() >= MIN_DIGITS_FOR_HEAD) {
            return digits.substring(0, KEPT_HEAD) + STARS + digits.substring(digits.length() - KEPT_TAIL);
        }
        return STARS + digits.substring(Math.max(0, digits.length() - KEPT_TAIL));
    }

    private static String digitsOf(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    // +86 / 0086 before a mobile number would otherwise take the place of its 138 prefix.
    private static String withoutCountryCode(String digits) {
        if (digits.length() == 13 && digits.startsWith("861")) {
            return digits.substring(2);
        }
        if (digits.length() == 15 && digits.startsWith("00861")) {
            return digits.substring(4);
        }
        return digits;
    }
}
