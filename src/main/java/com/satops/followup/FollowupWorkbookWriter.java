package com.satops.followup;

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

    private final FollowupMapper mapper;
    private final MessageSource messages;

    public FollowupWorkbookWriter(FollowupMapper mapper, MessageSource messages) {
        this.mapper = mapper;
        this.messages = messages;
    }

    /** What one workbook covers; {@code runKey} is set for the company workbook, which lists the data issues. */
    record Content(FollowupRun run, List<ProjectFigures> projects, ProjectFigures company,
                   FollowupListings listings, OverdueRule overdue, boolean dayEnded, String runKey) {
    }

    public Path write(Path target, Content content) {
        FollowupSheets sheets = new FollowupSheets(new FollowupText(messages, content.run().locale()));
        LocalDate date = content.run().day().date();
        try (ReportWorkbook book = ReportWorkbook.create(target)) {
            sheets.summary(book, content.projects(), content.company(), date,
                    content.company() == null ? List.of(content.projects().get(0).projectCode())
                            : content.run().parameters().projects(),
                    content.overdue(), content.dayEnded());
            sheets.missedPromises(book, content.listings().missedPromises());
            sheets.overdue(book, content.listings().overdue(), content.run().day(), content.overdue());
            sheets.notFollowedUp(book, content.listings().notFollowedUp());
            if (content.runKey() != null) {
                sheets.dataIssues(book, mapper.dataIssues(content.runKey()));
            }
            return book.save();
        }
    }
}
