package com.satops.common.text;

import java.util.Comparator;

/**
 * Orders room keys and staff numbers the way people read them: runs of digits
 * compare as numbers, so {@code 2-1-0101} comes before {@code 10-1-0101} and
 * {@code S2} before {@code S10}. Keys equal as numbers ({@code 0801}, {@code 801})
 * fall back to plain text order, so the order is total and the same on every database.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a, i, endA, b, j, endB);
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int compareNumbers(String a, int fromA, int endA, String b, int fromB, int endB) {
        while (fromA < endA - 1 && a.charAt(fromA) == '0') {
            fromA++;
        }
        while (fromB < endB - 1 && b.charAt(fromB) == '0') {
            fromB++;
        }
        int byDigits = Integer.compare(endA - fromA, endB - fromB);
        if (byDigits != 0) {
            return byDigits;
        }
        for (int k = 0; k < endA - fromA; k++) {
            int d = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }
}
