package org.rapport.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like visitor without a browser: keeps the cookies the host sets (its own small jar, so
 * the test sees exactly which cookies arrive), does not follow redirects, and posts forms.
 */
public final class WebSession {
    private static final Pattern ATL_TOKEN = Pattern.compile("name=\"atl_token\"\\s+value=\"([^\"]*)\"");
    private final HttpClient http;
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** A visitor of a host this test started itself (not through {@link HostUnderTest}). */
    public static WebSession of(String baseUrl) {
        return new WebSession(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(java.time.Duration.ofSeconds(10)).build(), baseUrl);
    }

    WebSession(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    public HttpResult get(String path) {
        return send(request(path).GET());
    }

    /** Posts {@code fields} as {@code application/x-www-form-urlencoded}, as a browser's form does. */
    public HttpResult postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    /**
     * Opens the login page (which sets the XSRF cookie), then posts the form with its
     * {@code atl_token}; returns the answer to the post.
     */
    public HttpResult signIn(String username, String password, String destination) {
        String token = atlToken(get("/login.jsp"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("os_username", username);
        form.put("os_password", password);
        form.put("atl_token", token);
        form.put("os_destination", destination);
        return postForm("/login.jsp", form);
    }

    /** The {@code atl_token} hidden field of a page's form. */
    public static String atlToken(HttpResult page) {
        Matcher m = ATL_TOKEN.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("No atl_token field on the page: " + page.abbreviated());
        }
        return m.group(1);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The absolute address a redirect answer points to, resolved against the host. */
    public URI redirectTarget(HttpResult redirect) {
        String location = redirect.header("Location")
                .orElseThrow(() -> new AssertionError("Expected a redirect with Location but got " + redirect));
        return URI.create(baseUrl + "/").resolve(location);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResult send(HttpRequest.Builder builder) {
        HttpResult result = RestClient.execute(http, builder.build());
        for (String setCookie : result.headers("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
            if (expired || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return result;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
