package com.satops.patrol;

/** A project manager who gets the project's close-out report. */
public record ManagerAddress(String staffNo, String staffName, String email) {
}
