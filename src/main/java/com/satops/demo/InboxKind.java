package com.satops.demo;

/** The inbox folders the demo fills, in the order an import applies them. */
public enum InboxKind {
    ERP("erp"),
    STAFF("staff"),
    CRM("crm"),
    SURVEYS("surveys"),
    PATROL("patrol"),
    VISITS("visits");

    private final String folder;

    InboxKind(String folder) {
        this.folder = folder;
    }

    /** The folder name under the inbox, e.g. {@code erp}. */
    public String folder() {
        return folder;
    }
}
