package com.satops.common.config;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a dropped xlsx may be before it is refused as a zip bomb. POI's own
 * limits are global and stop at 1,000 zip entries, which a real CRM export with a
 * sheet per project exceeds; these replace them once, at start-up
 * ({@link WorkbookLimitsInstaller}), for every reader of the process.
 *
 * @param maxEntries      zip entries a workbook may hold (sheets, their relations, styles, strings)
 * @param minInflateRatio smallest compressed/uncompressed ratio of an entry: below it the entry is a bomb
 * @param maxEntrySize    largest uncompressed size of one entry (a sheet's XML)
 */
@ConfigurationProperties("satops.workbook-limits")
public record WorkbookLimits(long maxEntries, double minInflateRatio, DataSize maxEntrySize) {

    public WorkbookLimits {
        if (maxEntries < 1 || maxEntrySize == null || maxEntrySize.toBytes() < 1) {
            throw new IllegalArgumentException("satops.workbook-limits.max-entries and max-entry-size must be positive");
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("satops.workbook-limits.min-inflate-ratio must be between 0 and 1"
                    + " (got " + minInflateRatio + "): 0 would accept any zip bomb");
        }
    }

    void install() {
        ZipSecureFile.setMaxFileCount(maxEntries);
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize.toBytes());
    }
}
