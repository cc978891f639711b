package com.satops.satisfaction;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the month's and the trend's survey figures into the digests of the company and each project. */
@Component
public class SatisfactionDigests {

    /** @param company over the run's project scope; its {@code projects} are the projects with responses */
    public record Digests(ScopeDigest company, List<ScopeDigest> projects) {
    }

    private final SatisfactionMapper mapper;
    private final ReasonClassifier classifier;

    public SatisfactionDigests(SatisfactionMapper mapper, ReasonClassifier satisfactionReasonClassifier) {
        this.mapper = mapper;
        this.classifier = satisfactionReasonClassifier;
    }

    public Digests load(YearMonth month, List<String> scope) {
        SatisfactionTally tally = new SatisfactionTally(month, classifier);
        for (MonthTally row : mapper.monthTallies(tally.firstMonth().toString(), month.toString(), scope)) {
            tally.addMonth(row.projectCode(), YearMonth.parse(row.surveyMonth()), row.responses(), row.satisfied());
        }
        mapper.unsatisfiedResponses(month.toString(), scope, context -> {
            UnsatisfiedResponse response = context.getResultObject();
            tally.addUnsatisfied(response.projectCode(), response.score(), response.reasonCategory(),
                    response.reason());
        });
        List<ScopeDigest> projects = new ArrayList<>();
        for (ProjectName project : mapper.projects(scope)) {
            if (tally.hasResponses(project.projectCode())) {
                projects.add(tally.project(project.projectCode(), project.projectName()));
            }
        }
        return new Digests(tally.company(projects), projects);
    }
}
