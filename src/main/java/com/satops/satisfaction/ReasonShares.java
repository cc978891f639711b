package com.satops.satisfaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares of a whole to 4 decimals (0.01 %) that add up to exactly 1: each is
 * rounded half-up, and where that would miss 100 % the units go to the shares
 * with the largest remainders instead (largest remainder method).
 */
final class ReasonShares {

    private static final long UNITS = 10_000;

    private ReasonShares() {
    }

    static List<BigDecimal> of(List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<BigDecimal> shares = new ArrayList<>(counts.size());
        if (total == 0) {
            counts.forEach(c -> shares.add(BigDecimal.ZERO.setScale(4)));
            return shares;
        }
        long[] units = new long[counts.size()];
        long[] remainders = new long[counts.size()];
        long given = 0;
        for (int i = 0; i < counts.size(); i++) {
            long scaled = counts.get(i) * UNITS;
            units[i] = scaled / total;
            remainders[i] = scaled % total;
            given += units[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed());
        for (int k = 0; k < UNITS - given; k++) {
            units[byRemainder.get(k)]++;
        }
        for (long unit : units) {
            shares.add(BigDecimal.valueOf(unit, 4));
        }
        return shares;
    }
}
