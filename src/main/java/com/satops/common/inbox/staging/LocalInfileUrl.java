package com.satops.common.inbox.staging;

/**
 * The configured MySQL URL for a connection that may send rows as a local file:
 * LOCAL INFILE allowed on that connection only, and no cursor fetch, which would
 * make the driver prepare statements on the server (LOAD DATA cannot be).
 */
public final class LocalInfileUrl {

    private LocalInfileUrl() {
    }

    public static String of(String url) {
        String withoutCursor = url.replaceAll("([?&])useCursorFetch=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return withoutCursor + (withoutCursor.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
    }
}
