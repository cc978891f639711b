package com.satops.common.inbox;

/** A waiting file registered for this import, with the id its staged rows and issues carry. */
public record InboxFile(long fileId, InboxKind kind, String fileName, String path, String sha256) {
}
