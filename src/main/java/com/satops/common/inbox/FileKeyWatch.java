package com.satops.common.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches the keys a stage sends of each file, so that the merge can leave out
 * its search for keys listed twice in files known to list each key once (a sort
 * of every staged row at a million rows). A file is known so only when every key
 * is made of characters whose equality in the database is plain (printable ASCII,
 * letters in either case, and the CJK ideographs) and no two keys hash alike
 * once trailing spaces are dropped and letters folded to lower case: equal keys
 * always hash alike, so a hash met twice (a repeated key, or by chance two keys)
 * leaves the file to the database's own search. Its memory is one long per key
 * of the file being read.
 */
public final class FileKeyWatch {

    private final List<Long> unique = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    private long fileId = -1;
    private boolean fileUnique;
    private long[] hashes = new long[1 << 10];
    private int size;

    public void add(KeyedRecord record) {
        if (record.fileId() != fileId) {
            endFile();
            fileId = record.fileId();
            // a file's keys are watched in one run of its rows, or not at all
            fileUnique = seen.add(fileId);
            if (!fileUnique) {
                unique.remove(Long.valueOf(fileId));
            }
        }
        if (fileUnique) {
            long hash = hash(record.keyParts());
            fileUnique = hash != 0 && addHash(hash);
        }
    }

    /** The files sent so far whose keys are all different. */
    public List<Long> uniqueFiles() {
        endFile();
        return List.copyOf(unique);
    }

    private void endFile() {
        if (fileId >= 0 && fileUnique) {
            unique.add(fileId);
        }
        fileId = -1;
        fileUnique = false;
        if (size > 0) {
            hashes = new long[1 << 10];
            size = 0;
        }
    }

    /** The key's 64-bit hash as the database compares it; 0 for a key with a character not plainly compared. */
    static long hash(List<String> parts) {
        long h = 0xcbf29ce484222325L;
        for (String part : parts) {
            if (part == null) {
                return 0;
            }
            int end = part.length();
            while (end > 0 && part.charAt(end - 1) == ' ') {
                end--;
            }
            for (int i = 0; i < end; i++) {
                char c = part.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                } else if (!(c >= ' ' && c <= '~') && !(c >= '\u4e00' && c <= '\u9fff')) {
                    return 0;
                }
                h = (h ^ c) * 0x100000001b3L;
            }
            h = (h ^ 0xffff) * 0x100000001b3L;
        }
        // spread the bits: FNV's low bits pick the slot
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Adds a hash to the file's set: false if it was there already. */
    private boolean addHash(long hash) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        int mask = hashes.length - 1;
        int slot = (int) hash & mask;
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        size++;
        return true;
    }

    private void grow() {
        long[] old = hashes;
        hashes = new long[old.length * 2];
        int mask = hashes.length - 1;
        for (long hash : old) {
            if (hash != 0) {
                int slot = (int) hash & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = hash;
            }
        }
    }
}
