package org.rapport.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./rapport run} starts the host's JVM with a bounded heap (1 GB), and RAPPORT_JAVA_OPTS
 * replaces it. The JVM reports its maximum heap ({@code -XshowSettings:vm}, passed through
 * JDK_JAVA_OPTIONS); an unknown option makes the host exit at once, after the JVM started. Without
 * {@code -Xmx} the JVM takes a quarter of the machine's memory.
 */
class LauncherIT {
    @Test
    void run_boundsTheHeapTo1G() throws Exception {
        assertThat(runWith(null)).contains("Max. Heap Size: 1.00G");
    }

    @Test
    void run_takesJvmOptionsFromRapportJavaOpts() throws Exception {
        assertThat(runWith("-Xmx300m")).contains("Max. Heap Size: 300.00M");
    }

    private static String runWith(String javaOpts) throws IOException, InterruptedException {
        assertThat(Path.of("rapport")).as("run from the project directory").exists();
        assertThat(Path.of(System.getProperty("rapport.plugin.jar"))).as("the plugin jar is built (no build from the test)").exists();
        Path output = Files.createTempFile("rapport-launcher", ".txt");
        try {
            // This run's product line (failsafe runs the ITs once per line), so each launcher path is tried.
            ProcessBuilder run = new ProcessBuilder("bash", "rapport", "run", "--product", System.getProperty("rapport.product"),
                    "--no-such-option")
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            run.environment().put("JDK_JAVA_OPTIONS", "-XshowSettings:vm");
            run.environment().remove("RAPPORT_JAVA_OPTS");
            if (javaOpts != null) {
                run.environment().put("RAPPORT_JAVA_OPTS", javaOpts);
            }
            Process process = run.start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("./rapport run --no-such-option ends").isTrue();
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(text).as("host refused the option").contains("Unknown option --no-such-option");
            String line = "jira11".equals(System.getProperty("rapport.product")) ? "Jira 11" : "Jira 10";
            assertThat(text).as("the launcher names the line and its Java").containsPattern("Rapport for " + line + " on \\d+");
            if (line.equals("Jira 11")) {
                assertThat(text).as("Jira 11 runs on Java 21 or later").containsPattern("Rapport for Jira 11 on (2[1-9]|[3-9]\\d)");
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
