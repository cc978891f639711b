package com.satops.service.api;

import com.satops.service.MailRow;
import com.satops.service.MailService;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mail outbox over HTTP (FORMATS §6). */
@RestController
@RequestMapping("/api/mails")
public class MailsController {

    private final MailService mails;

    public MailsController(MailService mails) {
        this.mails = mails;
    }

    @GetMapping
    public List<MailRow> list(@RequestParam(required = false) String status,
                              @RequestParam(required = false) String job,
                              @RequestParam(required = false) String period) {
        return mails.list(status, job, period);
    }

    @PostMapping("/{id}/resend")
    public ResponseEntity<Map<String, Object>> resend(@PathVariable long id) {
        mails.resend(id);
        return ResponseEntity.accepted().body(Map.of("mailId", id, "status", "WAITING"));
    }
}
