package com.satops.visits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * visit-assignment settings (jobs/visit-assignment.md); defaults in application.yml.
 *
 * @param unmaskAssigneePhones show owners' full phone numbers in the lists and the workbooks mailed
 *                             (the people visiting may need them to call); masked 138****1234 otherwise
 */
@ConfigurationProperties("satops.visits")
public record VisitsProperties(boolean unmaskAssigneePhones) {
}
