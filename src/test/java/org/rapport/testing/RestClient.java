package org.rapport.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Calls the host as one user (HTTP Basic, as the products accept on REST) or as nobody. Redirects
 * are not followed, so tests see them.
 *
 * <p>A {@code path} starting with {@code /} is a path on the host; any other path is relative to
 * the REST base {@code /rest/rapport/1.0/}. A {@code body} of {@code null} sends no body; a
 * {@code String} is sent as UTF-8 text and a {@code byte[]} as those bytes; anything else is
 * written as JSON. A body is sent as
 * {@code application/json} unless the headers name another {@code Content-Type}. Headers are
 * given as name/value pairs.
 */
public final class RestClient {
    public static final String REST_BASE = "/rest/rapport/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;

    /** A client of a host this test did not start through {@link HostUnderTest} (a separate process). */
    public static RestClient of(String baseUrl, String username, String password) {
        return new RestClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build(), baseUrl, username, password);
    }

    RestClient(HttpClient http, String baseUrl, String username, String password) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.authorization = username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResult get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public HttpResult post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    public HttpResult put(String path, Object body, String... headers) {
        return send("PUT", path, body, headers);
    }

    public HttpResult send(String method, String path, Object body, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("Headers are name/value pairs, got an odd count: " + headers.length);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        boolean contentTypeGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentTypeGiven |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            if (!contentTypeGiven) {
                request.header("Content-Type", "application/json");
            }
            request.method(method, body instanceof byte[] bytes
                    ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                    : HttpRequest.BodyPublishers.ofString(text(body), StandardCharsets.UTF_8));
        }
        return execute(http, request.build());
    }

    URI uri(String path) {
        return URI.create(baseUrl + (path.startsWith("/") ? path : REST_BASE + path));
    }

    static HttpResult execute(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private static String text(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write test body as JSON: " + body, e);
        }
    }
}
