package com.satops.demo;

import java.time.LocalDate;

import com.satops.common.domain.CustomerClass;

/** One CRM marking of a household: the class it was given, when, and the clerk's note. */
record ClassMark(CustomerClass customerClass, LocalDate markedOn, String note) {
}
