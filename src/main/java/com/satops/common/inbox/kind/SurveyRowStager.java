package com.satops.common.inbox.kind;

import com.satops.common.domain.Labels;
import com.satops.common.domain.ReasonCategory;
import com.satops.common.inbox.ImportRun;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KeyedRecord;
import com.satops.common.inbox.RowCheck;
import com.satops.common.inbox.RowChecks;
import com.satops.common.inbox.RowStager;
import com.satops.common.inbox.SourceRow;
import com.satops.common.inbox.StagedRow;
import com.satops.common.text.BooleanValues;
import com.satops.common.text.DateValues;
import com.satops.common.text.MonthValues;
import com.satops.common.text.RoomKey;
import com.satops.common.text.RoomKeyParser;
import com.satops.common.text.ScoreValues;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class SurveyRowStager implements RowStager {

    public record Staged(long fileId, String sheet, int rowNo, String surveyMonth, String projectCode,
                         String roomKey, int score, String reason, ReasonCategory reasonCategory,
                         boolean inAssessment, LocalDate surveyedOn) implements KeyedRecord {

        @Override
        public List<String> keyParts() {
            return Arrays.asList(surveyMonth, projectCode, roomKey);
        }
    }

    private final RowChecks checks;

    public SurveyRowStager(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.SURVEYS;
    }

    @Override
    public StagedRow stage(SourceRow row, ImportRun run) {
        RowCheck check = checks.of(row, run);
        YearMonth month = check.required("survey_month", MonthValues::parse);
        String project = check.required("project_code");
        RoomKey room = check.required("room", RoomKeyParser::parse);
        Integer score = check.required("score", ScoreValues::parse);
        ReasonCategory category = check.optional("reason_category", v -> Labels.parse(ReasonCategory.class, v));
        Boolean inAssessment = check.optional("in_assessment", BooleanValues::parse);
        LocalDate surveyedOn = check.optional("surveyed_on", DateValues::parse);
        if (check.isBad()) {
            return check.result(null);
        }
        return check.result(new Staged(check.fileId(), check.sheet(), check.rowNo(), month.toString(), project,
                room.canonical(), score, check.optional("reason"), category,
                inAssessment == null || inAssessment, surveyedOn));
    }
}
