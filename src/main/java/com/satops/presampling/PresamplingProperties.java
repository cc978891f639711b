package com.satops.presampling;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the pre-sampling clean-up; defaults in application.yml, each
 * explained in jobs/presampling-cleanup.md.
 *
 * @param unmaskAgencyPhones whether the survey agency's CSV carries full phone numbers
 *                           (the workbook always masks them)
 */
@ConfigurationProperties("satops.presampling")
public record PresamplingProperties(boolean unmaskAgencyPhones) {
}
