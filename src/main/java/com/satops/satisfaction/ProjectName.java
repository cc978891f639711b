package com.satops.satisfaction;

/** A project as the ERP roster named it. */
public record ProjectName(String projectCode, String projectName) {
}
