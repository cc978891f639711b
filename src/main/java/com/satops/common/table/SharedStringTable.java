package com.satops.common.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook's shared strings packed into large char pages. A roster of a
 * million rows carries millions of distinct names, phones and notes; as String
 * objects each costs some 40 bytes of headers on top of its text, which is more
 * than a 256 MB heap can spare. Here an item costs its characters and 8 bytes.
 */
final class SharedStringTable {

    /** Chars per full page; item offsets are 20 bits. */
    private static final int PAGE_CHARS = 1 << 20;
    private static final int FIRST_PAGE_CHARS = 4096;
    /** Longer items (never written by Excel, whose cells hold 32,767 chars) stay Strings. */
    private static final int MAX_PACKED_LENGTH = 1 << 16;
    private static final long LONG_STRING = -1L;

    private final List<char[]> pages = new ArrayList<>();
    private final Map<Integer, String> longStrings = new HashMap<>();
    private char[] page;
    private int pageUsed;
    private long[] items;
    private int size;

    SharedStringTable(int expectedSize) {
        this.items = new long[Math.max(16, expectedSize)];
    }

    static SharedStringTable of(List<String> strings) {
        SharedStringTable table = new SharedStringTable(strings.size());
        strings.forEach(table::add);
        return table;
    }

    void add(String text) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        int length = text.length();
        if (length > MAX_PACKED_LENGTH) {
            longStrings.put(size, text);
            items[size++] = LONG_STRING;
            return;
        }
        if (page == null || page.length - pageUsed < length) {
            // pages grow with the table so a small workbook does not pay for a full page
            int capacity = page == null ? FIRST_PAGE_CHARS : Math.min(PAGE_CHARS, page.length * 2);
            page = new char[Math.max(capacity, length)];
            pages.add(page);
            pageUsed = 0;
        }
        text.getChars(0, length, page, pageUsed);
        items[size++] = ((long) (pages.size() - 1) << 40) | ((long) pageUsed << 20) | length;
        pageUsed += length;
    }

    int size() {
        return size;
    }

    /** The item at an index; "" for an index outside the table, as for a cell pointing nowhere. */
    String get(int index) {
        if (index < 0 || index >= size) {
            return "";
        }
        long item = items[index];
        if (item == LONG_STRING) {
            return longStrings.get(index);
        }
        return new String(pages.get(pageOf(item)), offsetOf(item), lengthOf(item));
    }

    /** Whether the item is blank, without building its String. */
    boolean isBlank(int index) {
        if (index < 0 || index >= size) {
            return true;
        }
        long item = items[index];
        if (item == LONG_STRING) {
            return BlankText.isBlank(longStrings.get(index));
        }
        char[] chars = pages.get(pageOf(item));
        int end = offsetOf(item) + lengthOf(item);
        for (int i = offsetOf(item); i < end; i++) {
            if (!BlankText.isBlank(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private static int pageOf(long item) {
        return (int) (item >>> 40);
    }

    private static int offsetOf(long item) {
        return (int) ((item >>> 20) & 0xFFFFF);
    }

    private static int lengthOf(long item) {
        return (int) (item & 0xFFFFF);
    }
}
