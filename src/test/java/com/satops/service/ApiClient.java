package com.satops.service;

import com.satops.support.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin API as a script calls it: a real HTTP client, Basic credentials or none. */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String user, String password) throws Exception {
        return send(request(path, user, password).GET());
    }

    HttpResponse<String> post(String path, String user, String password) throws Exception {
        return send(request(path, user, password).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<byte[]> download(String path, String user, String password) throws Exception {
        return http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The run once it has ended (neither starting, started nor stopping), as the run detail shows it. */
    JsonNode awaitEnd(long id, Duration within, String user, String password) throws Exception {
        return Poll.until(within, "run " + id + " ended", () -> json(get("/api/runs/" + id, user, password)),
                run -> !Set.of("STARTING", "STARTED", "STOPPING").contains(run.get("status").asString()));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
