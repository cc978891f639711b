package com.satops.service.alert;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts markdown messages to group robots over HTTPS, one queue per robot, at
 * most the robots' limit a minute (20): a message over the limit waits its turn,
 * it is never dropped.
 */
public class RobotMessenger implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RobotMessenger.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "satops-robot-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Outbox> outboxes = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    public RobotMessenger(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public void post(RobotKind kind, AlertProperties.Robot robot, String title, String markdown) {
        Outbox outbox = outboxes.computeIfAbsent(kind + " " + robot.url(),
                k -> new Outbox(kind, robot, new SendWindow(perMinute)));
        outbox.messages.add(kind.body(title, markdown));
        sender.execute(() -> drain(outbox));
    }

    private void drain(Outbox outbox) {
        while (!outbox.messages.isEmpty()) {
            Instant now = clock.instant();
            Instant slot = outbox.window.nextSlot(now);
            if (slot.isAfter(now)) {
                sender.schedule(() -> drain(outbox), Duration.between(now, slot).toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            Map<String, Object> body = outbox.messages.poll();
            outbox.window.sentAt(now);
            send(outbox, body, now);
        }
    }

    private void send(Outbox outbox, Map<String, Object> body, Instant now) {
        String url = outbox.kind.url(outbox.robot, now.toEpochMilli());
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                log.warn("{} robot answered {}: {}", outbox.kind, response.statusCode(), response.body());
            }
        } catch (java.io.IOException e) {
            log.error("{} robot message not delivered: {}", outbox.kind, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        sender.shutdown();
    }

    private record Outbox(RobotKind kind, AlertProperties.Robot robot, SendWindow window,
                          Queue<Map<String, Object>> messages) {
        Outbox(RobotKind kind, AlertProperties.Robot robot, SendWindow window) {
            this(kind, robot, window, new ConcurrentLinkedQueue<>());
        }
    }
}
