package com.satops.demo;

/** Zone names as estates letter them: A区 … Z区, then AA区, AB区 … */
final class ZoneNames {

    private ZoneNames() {
    }

    static String of(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index;
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return letters.append('区').toString();
    }
}
