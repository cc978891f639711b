package com.satops.common.domain;

/**
 * A code list value whose enum name is the English code used in files and figures
 * ({@code DELIVERED}) and whose label is what Chinese files and reports write ({@code 已交房}).
 */
public interface Labelled {

    String label();
}
