package com.satops.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a demo property-services company's inbox: the files its ERP, CRM,
 * HR, survey agency and stewards would send, in {@code inboxDir/<kind>/}, in
 * the shapes and with the flaws real exports have (FORMATS §1–2).
 *
 * <p>Households are never collected: one walk over the roster makes each
 * household once and hands it to every writer that needs it, and xlsx files
 * stream through a small row window, so a million households take no more
 * memory than three thousand.
 *
 * <p>Everything is drawn from one {@link SplittableRandom} seeded with the
 * spec's seed and split, in a fixed order, into a stream per writer, so a
 * seed gives the same files byte for byte, and a change in how one kind is
 * drawn leaves the others as they were.
 */
public final class DemoCompanyGenerator {

    public DemoManifest generate(Path inboxDir, DemoSpec spec) throws IOException {
        Files.createDirectories(inboxDir);
        SplittableRandom root = new SplittableRandom(spec.seed());
        SplittableRandom layoutRandom = root.split();
        SplittableRandom householdRandom = root.split();
        SplittableRandom staffRandom = root.split();
        SplittableRandom rosterRandom = root.split();
        SplittableRandom crmRandom = root.split();
        SplittableRandom surveyRandom = root.split();
        SplittableRandom visitRandom = root.split();
        SplittableRandom patrolRandom = root.split();
        SplittableRandom workOrderRandom = root.split();

        List<ProjectLayout> projects = new EstatePlanner(layoutRandom).plan(spec.households(), spec.projects());
        ManifestTally tally = new ManifestTally(inboxDir);

        StaffRoster staff = StaffRoster.hire(projects, staffRandom);
        new StaffWriter(tally, spec.today()).write(staff);

        walkRoster(spec, projects, staff, tally, householdRandom, rosterRandom, crmRandom, surveyRandom,
                visitRandom, workOrderRandom);

        new PatrolWriter(tally, staff, spec.today(), patrolRandom).write(projects);

        return tally.manifest(spec.households(), projects.stream().map(ProjectLayout::code).toList());
    }

    private static void walkRoster(DemoSpec spec, List<ProjectLayout> projects, StaffRoster staff,
            ManifestTally tally, SplittableRandom householdRandom, SplittableRandom rosterRandom,
            SplittableRandom crmRandom, SplittableRandom surveyRandom, SplittableRandom visitRandom,
            SplittableRandom workOrderRandom) throws IOException {
        try (RosterWriter roster = new RosterWriter(tally, spec.today(), rosterRandom);
                CustomerClassWriter crm = new CustomerClassWriter(tally, spec.today(), spec.households(), crmRandom);
                SurveyWriter surveys = new SurveyWriter(tally, spec, surveyRandom);
                VisitResultWriter visits = new VisitResultWriter(tally, staff, spec.currentMonth(), visitRandom);
                WorkOrderWriter workOrders = new WorkOrderWriter(tally, staff, spec.today(), workOrderRandom)) {
            crm.open();
            surveys.open();
            new RosterWalk(projects, new HouseholdFactory(householdRandom, spec.today()))
                    .walk(List.of(roster, crm, surveys, visits, workOrders));
        }
    }
}
