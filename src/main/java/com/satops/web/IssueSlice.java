package com.satops.web;

import java.util.List;

/** One page of a run's data issues. */
public record IssueSlice<T>(List<T> items, int page, int pages, long total) {

    public static final int SIZE = 50;

    public static <T> IssueSlice<T> of(List<T> all, long total, int requested) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int page = Math.min(Math.max(1, requested), pages);
        int from = (page - 1) * SIZE;
        return new IssueSlice<>(all.subList(from, Math.min(all.size(), from + SIZE)), page, pages, total);
    }
}
