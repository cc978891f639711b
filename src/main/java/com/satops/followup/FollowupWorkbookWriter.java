package com.satops.followup;

import com.satops.common.report.DataIssueListingMapper;
import com.satops.common.report.DataIssueSheet;
import com.satops.common.report.ReportText;
import com.satops.common.report.ReportTexts;
import com.satops.common.report.ReportWorkbook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes one service-followup workbook: summary by project, missed promises,
 * overdue orders (oldest first), dissatisfied orders not followed up, and in the
 * company workbook the data issues of what the run imported.
 */
@Component
public class FollowupWorkbookWriter {

    private final DataIssueListingMapper issues;
    private final MessageSource messages;
    private final ReportTexts reportTexts;

    public FollowupWorkbookWriter(DataIssueListingMapper issues, MessageSource messages, ReportTexts reportTexts) {
        this.issues = issues;
        this.messages = messages;
        this.reportTexts = reportTexts;
    }

    /** What one workbook covers; {@code runKey} is set for the company workbook, which lists the data issues. */
    record Content(FollowupRun run, List<ProjectFigures> projects, ProjectFigures company,
                   FollowupListings listings, OverdueRule overdue, boolean dayEnded, String runKey) {
    }

    public Path write(Path target, Content content) {
        FollowupText followupText = new FollowupText(messages, content.run().locale());
        FollowupSheets sheets = new FollowupSheets(followupText);
        LocalDate date = content.run().day().date();
        ReportText text = reportTexts.of(content.run().locale());
        String scope = content.company() == null ? content.projects().get(0).projectCode() : followupText.get("company");
        try (ReportWorkbook book = ReportWorkbook.cellsOnly(target, text, scope + " · " + date)) {
            sheets.summary(book, content.projects(), content.company(), date,
                    content.company() == null ? List.of(content.projects().get(0).projectCode())
                            : content.run().parameters().projects(),
                    content.overdue(), content.dayEnded());
            sheets.missedPromises(book, content.listings().missedPromises());
            sheets.overdue(book, content.listings().overdue(), content.run().day(), content.overdue());
            sheets.notFollowedUp(book, content.listings().notFollowedUp());
            if (content.runKey() != null) {
                DataIssueSheet.writeRun(book, issues, content.runKey());
            }
            return book.save();
        }
    }
}
