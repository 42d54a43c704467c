package org.rapport.testing;

import org.rapport.standalone.Main;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standalone host in a process of its own, for tests that must kill it or run it on another Java:
 * {@code java -Xmx512m -cp CLASSPATH org.rapport.standalone.Main --port P --data DIR --plugin JAR},
 * its output in {@code DIR/<log>}. The caller ends it ({@code destroy} or {@code destroyForcibly}).
 */
public final class HostProcess {
    private final Process process;
    private final Path log;
    private final String baseUrl;

    private HostProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.baseUrl = "http://localhost:" + port;
    }

    /** Starts the host and waits until it serves (90 s at most); fails with its output if it exits first. */
    public static HostProcess start(String java, String classPath, Path pluginJar, Path data, String logName)
            throws IOException, InterruptedException {
        int port = freePort();
        Path log = data.resolve(logName);
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath, Main.class.getName(),
                "--port", String.valueOf(port), "--data", data.toString(), "--plugin", pluginJar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HostProcess host = new HostProcess(process, log, port);
        host.awaitRunning();
        return host;
    }

    public Process process() {
        return process;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** What the host printed so far. */
    public String output() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private void awaitRunning() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            String text = output();
            if (text.contains("Rapport is running at")) {
                return;
            }
            assertThat(process.isAlive()).as("host process exited early:%n%s", text).isTrue();
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("host did not start within 90 s:\n" + output());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
