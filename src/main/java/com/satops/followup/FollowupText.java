package com.satops.followup;

import com.satops.common.domain.ReturnVisitRating;
import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import com.satops.common.report.ReportLocale;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The wording of the service-followup report and mail in the report locale (messages/followup_*.properties). */
final class FollowupText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;
    private final Locale locale;

    FollowupText(MessageSource messages, ReportLocale reportLocale) {
        this.messages = messages;
        this.locale = locale(reportLocale);
    }

    static Locale locale(ReportLocale reportLocale) {
        return reportLocale == ReportLocale.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage("followup." + key, args, locale);
    }

    String type(WorkOrderType type) {
        return type == null ? null : get("type." + type.name());
    }

    String status(WorkOrderStatus status) {
        return status == null ? null : get("status." + status.name());
    }

    String rating(ReturnVisitRating rating) {
        return rating == null ? null : get("rating." + rating.name());
    }

    String promise(ServicePromise promise) {
        return get("promise." + promise.name());
    }

    String room(String roomKey) {
        return roomKey == null ? get("room.public") : roomKey;
    }

    /** Date-times as the CRM shows them, to the second. */
    static String dateTime(LocalDateTime at) {
        return at == null ? null : DATE_TIME.format(at);
    }

    /** How late a promise was kept, as h:mm:ss, or 未记录 when no time was recorded. */
    String lateness(PromiseOutcome outcome) {
        if (!outcome.recorded()) {
            return get("notRecorded");
        }
        Duration late = outcome.late();
        return String.format("%d:%02d:%02d", late.toHours(), late.toMinutesPart(), late.toSecondsPart());
    }
}
