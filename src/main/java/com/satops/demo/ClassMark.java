package com.satops.demo;

import java.time.LocalDate;

/** One CRM marking of a household: the class it was given, when, and the clerk's note. */
record ClassMark(CustomerClass customerClass, LocalDate markedOn, String note) {
}
