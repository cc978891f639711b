package com.satops.cli;

import com.satops.common.run.BadRunRequestException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the CLI says about a command that threw: one line and an exit status.
 * Bad usage is 2; an expected failure (the database locked or out of reach,
 * nothing to resend) and anything unexpected are 1, and only the unexpected ones
 * point to the log, where the stack trace is.
 */
record FailureLine(int exit, String line, boolean unexpected) {

    /** H2's "database may be already in use" (another process holds the file lock). */
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final Pattern QUOTED_FILE = Pattern.compile("\"([^\"]+)\"");

    static FailureLine of(Throwable failure) {
        if (failure instanceof UsageException || failure instanceof BadRunRequestException) {
            return new FailureLine(SatopsCli.USAGE, failure.getMessage(), false);
        }
        if (failure instanceof CommandFailure) {
            return new FailureLine(SatopsCli.FAILED, failure.getMessage(), false);
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null && sql.getErrorCode() == H2_DATABASE_IN_USE) {
            Matcher file = QUOTED_FILE.matcher(String.valueOf(sql.getMessage()));
            return new FailureLine(SatopsCli.FAILED,
                    CliMessages.get("cli.database.locked", file.find() ? file.group(1) : "data/"), false);
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return new FailureLine(SatopsCli.FAILED, CliMessages.get("cli.database.unreachable", firstLine(sql)),
                    false);
        }
        return new FailureLine(SatopsCli.FAILED, CliMessages.get("cli.failure.unexpected", firstLine(root(failure))),
                true);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
