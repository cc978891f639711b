package com.satops.satisfaction;

import java.nio.file.Path;

/** A scope's written outputs: its workbook and the trend chart image its mail shows. */
record ScopeReport(ScopeDigest digest, Path workbook, Path chart) {
}
