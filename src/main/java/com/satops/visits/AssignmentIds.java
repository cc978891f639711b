package com.satops.visits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * 任务编号: {@code V202611-XXHY-000123}, made only of the month, the project and
 * the household, so the same month always issues the same number to the same
 * household, however often it is run. A project code that would not fit or is
 * not plain letters and digits is replaced by a short hash of it.
 */
public final class AssignmentIds {

    static final int MAX_LENGTH = 40;
    private static final Pattern PLAIN_CODE = Pattern.compile("[A-Za-z0-9_]{1,16}");

    private AssignmentIds() {
    }

    public static String of(YearMonth month, String projectCode, long householdId) {
        String project = PLAIN_CODE.matcher(projectCode).matches() ? projectCode : "P" + hash(projectCode);
        String id = String.format("V%04d%02d-%s-%06d", month.getYear(), month.getMonthValue(), project, householdId);
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("household id " + householdId + " too long for a 任务编号");
        }
        return id;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
