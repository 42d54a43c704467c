package org.rapport.standalone.users;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Gives a new demo host its org data (who manages whom, departments) the way an admin would: by
 * posting {@link DemoData#ORG_CSV} to the plugin's import endpoint as the demo {@code admin}. The
 * host never touches the plugin's classes or tables (ArchitectureTest; the plugin owns its data),
 * so the REST API is the boundary. Runs once, right after the demo users were created.
 */
public final class DemoOrgData {
    private DemoOrgData() {
    }

    /** Posts the demo CSV; a failure is reported on {@code out} and leaves the host running. */
    public static void importInto(String baseUrl, PrintStream out) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/rest/rapport/1.0/org/import?dryRun=false"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("X-Atlassian-Token", "no-check")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(DemoData.ORG_CSV, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                out.println("Demo org data not imported: HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            out.println("Demo org data not imported: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("Demo org data not imported: interrupted");
        }
    }
}
