package com.satops.web;

import com.satops.common.inbox.InboxFolders;
import com.satops.common.inbox.InboxKind;
import com.satops.service.InboxService;
import com.satops.service.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The inbox: files waiting per kind, refused files with why (the rejected
 * folder's .error.txt; a file refused over the reject rate stays waiting with
 * its .errors.csv beside it), and the files processed each day.
 */
@Controller
public class InboxPage {

    static final String ERRORS_CSV = ".errors.csv";

    private final InboxService inbox;
    private final InboxFolders folders;

    public InboxPage(InboxService inbox, InboxFolders folders) {
        this.inbox = inbox;
        this.folders = folders;
    }

    public record KindFiles(String kind, List<String> files) {
    }

    /** A refused file: rejected whole (its note says why), or over the reject rate (its rows in a CSV). */
    public record RefusedFile(String kind, String name, boolean overRate, String errorText, String errorsCsv) {
    }

    @GetMapping("/inbox")
    public String inbox(Model model) {
        List<KindFiles> waiting = new ArrayList<>();
        List<RefusedFile> refused = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : inbox.waiting().entrySet()) {
            List<String> names = kind.getValue();
            waiting.add(new KindFiles(kind.getKey(), names.stream().filter(n -> !n.endsWith(ERRORS_CSV)).toList()));
            names.stream().filter(n -> names.contains(n + ERRORS_CSV))
                    .forEach(n -> refused.add(new RefusedFile(kind.getKey(), n, true, null, n + ERRORS_CSV)));
        }
        inbox.refused().forEach(f -> refused.add(new RefusedFile(null, f.fileName(), false, f.error(), null)));
        model.addAttribute("waiting", waiting);
        model.addAttribute("refused", refused);
        model.addAttribute("processed", inbox.processedByDay());
        return "console/inbox";
    }

    /** The bad rows of a file refused over the reject rate, as the import wrote them. */
    @GetMapping("/inbox/errors/{kind}/{file}")
    public ResponseEntity<FileSystemResource> errors(@PathVariable String kind, @PathVariable String file) {
        InboxKind inboxKind = Stream.of(InboxKind.values()).filter(k -> k.folder().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("no inbox kind '" + kind + "'"));
        Path folder = folders.waiting(inboxKind);
        Path path = folder.resolve(file).normalize();
        if (!file.endsWith(ERRORS_CSV) || !folder.equals(path.getParent()) || !Files.isRegularFile(path)) {
            throw new NotFoundException("no " + ERRORS_CSV + " named '" + file + "' in inbox/" + kind);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(new FileSystemResource(path));
    }
}
