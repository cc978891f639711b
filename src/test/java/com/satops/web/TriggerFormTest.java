package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.satops.common.run.BadRunRequestException;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void opensWithTheDefaultsARunWithoutOptionsTakes() {
        TriggerForm patrol = TriggerForm.defaults(JobCatalog.PATROL_CLOSEOUT,
                JobCatalog.PATROL_CLOSEOUT.parameters(RunRequest.defaults(), TODAY));
        assertThat(patrol.getWeek()).isEqualTo("2026-W48");
        assertThat(patrol.getAsOf()).isEqualTo("2026-12-01");
        assertThat(patrol.getMonth()).isNull();
        assertThat(patrol.getLocale()).isEqualTo("zh-CN");
        assertThat(patrol.takes("WEEK")).isTrue();
        assertThat(patrol.takes("MONTH")).isFalse();

        TriggerForm summary = TriggerForm.defaults(JobCatalog.SATISFACTION_SUMMARY,
                JobCatalog.SATISFACTION_SUMMARY.parameters(RunRequest.defaults(), TODAY));
        assertThat(summary.getMonth()).isEqualTo("2026-11");
        TriggerForm followup = TriggerForm.defaults(JobCatalog.SERVICE_FOLLOWUP,
                JobCatalog.SERVICE_FOLLOWUP.parameters(RunRequest.defaults(), TODAY));
        assertThat(followup.getDate()).isEqualTo("2026-11-30");
        assertThat(followup.getAsOf()).isNull();
    }

    @Test
    void sendsOnlyTheOptionsTheJobTakesAndBlanksAsLeftOut() {
        RunRequest request = TriggerForm.request(JobCatalog.PATROL_CLOSEOUT, "2026-11", " ", "2026-11-30", "",
                List.of("XXHY"), "en");
        assertThat(request).isEqualTo(new RunRequest(null, null, null, null, List.of("XXHY"), "en"));
    }

    @Test
    void theCliMessageStandsBesideTheFieldItNames() {
        RunRequest request = TriggerForm.request(JobCatalog.PATROL_CLOSEOUT, null, "2026-W99", null, "2026-12-01",
                List.of(), "zh-CN");
        BadRunRequestException refusal = catchThrowableOfType(BadRunRequestException.class,
                () -> JobCatalog.PATROL_CLOSEOUT.parameters(request, TODAY));

        TriggerForm form = TriggerForm.posted(JobCatalog.PATROL_CLOSEOUT, request).refusedWith(refusal);

        assertThat(form.errorOf("WEEK")).isEqualTo(refusal.getMessage()).startsWith("--week must be");
        assertThat(form.errorOf("AS_OF")).isNull();
        assertThat(form.getGeneralError()).isNull();
        assertThat(form.getWeek()).isEqualTo("2026-W99");
    }

    @Test
    void aMessageNamingNoFieldStandsAboveTheForm() {
        TriggerForm form = TriggerForm.posted(JobCatalog.PATROL_CLOSEOUT, RunRequest.defaults())
                .refusedWith(new BadRunRequestException("patrol-closeout does not take --month; it takes --week"));
        assertThat(form.getGeneralError()).startsWith("patrol-closeout does not take");
        assertThat(form.errorOf("WEEK")).isNull();
    }
}
