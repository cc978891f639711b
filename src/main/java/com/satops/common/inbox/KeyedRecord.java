package com.satops.common.inbox;

import java.util.List;

/**
 * A staging record of a kind whose files may list a key twice (the last row
 * wins): its file and the key's parts, as the merge compares them.
 */
public interface KeyedRecord {

    long fileId();

    List<String> keyParts();
}
