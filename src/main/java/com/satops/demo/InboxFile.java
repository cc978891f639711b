package com.satops.demo;

import java.io.Closeable;
import java.nio.file.Path;

/** A file a writer puts into the inbox: it is complete once closed. */
interface InboxFile extends Closeable {

    Path file();
}
