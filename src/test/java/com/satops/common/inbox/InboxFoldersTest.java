package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.satops.common.config.SatopsProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an inbox folder holds that is read, and what is said not to be read and why (FORMATS §1). */
class InboxFoldersTest {

    @TempDir
    Path home;

    private InboxFolders folders() {
        return new InboxFolders(new SatopsProperties(home, "zh-CN", null, Set.of(), null, null));
    }

    private Path crm() throws IOException {
        return Files.createDirectories(home.resolve("inbox/crm"));
    }

    @Test
    void filesAreReadInNameOrderAndEveryOtherEntryIsSaidWhyItIsNot() throws IOException {
        // given
        Path crm = crm();
        Files.writeString(crm.resolve("crm-2.csv"), "x");
        Files.writeString(crm.resolve("crm-1.xlsx"), "x");
        Files.writeString(crm.resolve("~$crm-1.xlsx"), "x");
        Files.writeString(crm.resolve("crm-3.csv.part"), "x");
        Files.writeString(crm.resolve("crm-4.CSV.PART"), "x");
        Files.writeString(crm.resolve(".crm-draft.csv"), "x");
        Files.createDirectories(crm.resolve("archive"));

        // when
        InboxFolders.Listing listing = folders().scan(InboxKind.CRM);

        // then
        assertThat(listing.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("crm-1.xlsx", "crm-2.csv");
        assertThat(listing.notRead()).extracting(n -> n.path().getFileName().toString(), InboxFolders.NotRead::reasonKey,
                        InboxFolders.NotRead::refused)
                .containsExactly(tuple(".crm-draft.csv", "inbox.scan.hidden", false),
                        tuple("archive", "inbox.scan.subfolder", false),
                        tuple("crm-3.csv.part", "inbox.scan.partial", false),
                        tuple("crm-4.CSV.PART", "inbox.scan.partial", false),
                        tuple("~$crm-1.xlsx", "inbox.scan.lockFile", false));
    }

    @Test
    void aLinkOutOfTheInboxIsRefusedAndALinkInsideIsRead() throws IOException {
        Path crm = crm();
        Path outside = Files.writeString(home.resolve("secret.csv"), "x");
        Path inside = Files.writeString(Files.createDirectories(home.resolve("inbox/kept")).resolve("crm.csv"), "x");
        Files.createSymbolicLink(crm.resolve("crm-out.csv"), outside);
        Files.createSymbolicLink(crm.resolve("crm-in.csv"), inside);
        Files.createSymbolicLink(crm.resolve("crm-dangling.csv"), home.resolve("gone.csv"));

        InboxFolders.Listing listing = folders().scan(InboxKind.CRM);

        assertThat(listing.files()).extracting(p -> p.getFileName().toString()).containsExactly("crm-in.csv");
        assertThat(listing.notRead()).extracting(n -> n.path().getFileName().toString(), InboxFolders.NotRead::reasonKey,
                        InboxFolders.NotRead::refused)
                .containsExactly(tuple("crm-dangling.csv", "inbox.scan.linkOutside", true),
                        tuple("crm-out.csv", "inbox.scan.linkOutside", true));
    }

    @Test
    void aNamedPipeIsNoRegularFile() throws Exception {
        Path pipe = crm().resolve("crm-pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        // the machines satops runs and is tested on are POSIX: a missing mkfifo fails the test, never skips it
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();

        InboxFolders.Listing listing = folders().scan(InboxKind.CRM);

        assertThat(listing.files()).isEmpty();
        assertThat(listing.notRead()).extracting(InboxFolders.NotRead::reasonKey).containsExactly("inbox.scan.notRegular");
    }

    @Test
    void theBadRowsListingOfAnEarlierImportIsNoInputAndGoes() throws IOException {
        Path crm = crm();
        Files.writeString(crm.resolve("crm-1120.csv"), "x");
        Path listingOfBadRows = Files.writeString(crm.resolve("crm-1120.csv.errors.csv"), "x");

        InboxFolders.Listing listing = folders().scan(InboxKind.CRM);

        assertThat(listing.files()).extracting(p -> p.getFileName().toString()).containsExactly("crm-1120.csv");
        assertThat(listing.notRead()).isEmpty();
        assertThat(listingOfBadRows).doesNotExist();
    }

    @Test
    void aKindWithoutItsFolderHasNothingWaiting() {
        InboxFolders.Listing listing = folders().scan(InboxKind.STAFF);

        assertThat(listing.files()).isEmpty();
        assertThat(listing.notRead()).isEmpty();
    }
}
