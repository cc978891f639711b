package com.satops.followup;

/** An active staff member with an email: a project manager or the 责任人 of orders to follow up. */
public record StaffAddress(String staffNo, String staffName, String role, String projectCode, String email) {
}
