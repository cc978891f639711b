package com.satops.demo;

import java.util.SplittableRandom;

/** Eleven-digit mainland mobile numbers on the three carriers' real prefixes. */
final class MobileNumbers {

    private static final String[] PREFIXES = {
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
        "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186",
        "187", "188", "189", "191", "198", "199"
    };

    private MobileNumbers() {
    }

    static String next(SplittableRandom random) {
        return PREFIXES[random.nextInt(PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }
}
