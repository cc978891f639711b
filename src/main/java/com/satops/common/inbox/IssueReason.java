package com.satops.common.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Why a data issue was recorded: a message key of the inbox bundle and up to
 * three arguments, stored as such so the issue is worded in each reader's language.
 */
public record IssueReason(String key, String arg0, String arg1, String arg2) {

    private static final int MAX_ARGS = 3;
    private static final int MAX_ARG_LENGTH = 500;

    public IssueReason {
        arg0 = clipped(arg0);
        arg1 = clipped(arg1);
        arg2 = clipped(arg2);
    }

    public static IssueReason of(String key, Object... args) {
        if (args.length > MAX_ARGS) {
            throw new IllegalArgumentException(key + " takes at most " + MAX_ARGS + " arguments");
        }
        String[] texts = new String[MAX_ARGS];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return new IssueReason(key, texts[0], texts[1], texts[2]);
    }

    public static IssueReason of(String key, List<String> args) {
        return of(key, args.toArray());
    }

    /** The arguments given, in order. */
    public List<String> args() {
        List<String> args = new ArrayList<>(Arrays.asList(arg0, arg1, arg2));
        while (!args.isEmpty() && args.get(args.size() - 1) == null) {
            args.remove(args.size() - 1);
        }
        return args;
    }

    private static String clipped(String arg) {
        return arg != null && arg.length() > MAX_ARG_LENGTH ? arg.substring(0, MAX_ARG_LENGTH) : arg;
    }
}
