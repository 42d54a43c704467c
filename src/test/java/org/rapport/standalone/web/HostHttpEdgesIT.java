package org.rapport.standalone.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.testing.HostUnderTest;
import org.rapport.testing.HttpResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the host answers to requests no HTTP library would send, over a raw socket: a broken
 * chunked body, a body shorter than its Content-Length, {@code %00}, bad UTF-8 or {@code ..}
 * hidden in the path, a request line that is not HTTP, {@code TRACE}. Every answer is in the
 * JSON error form with {@code nosniff}, and none names the server's software.
 */
class HostHttpEdgesIT {
    @RegisterExtension
    static final HostUnderTest host = new HostUnderTest();

    private static final String ALICE = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8));

    @Test
    void brokenChunkedBody_is400InJson_not500() throws IOException {
        Answer answer = send(post("/rest/rapport/1.0/recognitions", "Transfer-Encoding: chunked")
                + "ZZ\r\n{\"message\":\"x\"}\r\n0\r\n\r\n", false);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        answer.assertJsonError();
    }

    @Test
    void bodyShorterThanContentLength_is400InJson_not500() throws IOException {
        Answer answer = send(post("/rest/rapport/1.0/recognitions", "Content-Length: 200")
                + "{\"recipients\":[\"bob\"],\"message\":", true);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        answer.assertJsonError();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/secure/x%00y", "/browse/%C3%28", "/static/%2e%2e/%2e%2e/etc/passwd", "/a//..%2fb", "/rest/rapport/1.0/%00"})
    void pathRejections_are400InJson(String path) throws IOException {
        Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n", false);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        answer.assertJsonError();
    }

    @Test
    void invalidUtf8BytesInThePath_are400InJson() throws IOException {
        Answer answer = sendBytes(concat("GET /browse/".getBytes(StandardCharsets.US_ASCII), new byte[]{(byte) 0xff, (byte) 0xfe},
                " HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), false);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        answer.assertJsonError();
    }

    @Test
    void notHttpAtAll_isRefusedInJson() throws IOException {
        Answer answer = send("HELLO THERE\r\n\r\n", false);

        assertThat(answer.status()).as(answer.text()).isIn(400, 505);
        answer.assertJsonError();
    }

    @Test
    void unknownPath_is404InJson() throws IOException {
        Answer answer = send("GET /no/such/page HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", false);

        assertThat(answer.status()).isEqualTo(404);
        answer.assertJsonError();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/issues", "/rest/rapport/1.0/categories", "/login.jsp"})
    void trace_isRefused_andNeverEchoesTheRequest(String path) throws IOException {
        Answer answer = send("TRACE " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: RAPPORT_SESSION=secret-cookie\r\n"
                + "Authorization: " + ALICE + "\r\nConnection: close\r\n\r\n", false);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.text()).doesNotContain("secret-cookie").doesNotContain(ALICE);
        answer.assertJsonError();
    }

    @Test
    void restAnswers_carryNosniff_andNoServerHeader() {
        HttpResult categories = host.as("alice").get("categories");

        assertThat(categories.status()).isEqualTo(200);
        assertThat(categories.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(categories.header("Server")).isEmpty();
        assertThat(host.anonymous().get("categories").header("X-Content-Type-Options")).contains("nosniff");
    }

    private static String post(String path, String framing) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ALICE + "\r\n"
                + "Content-Type: application/json\r\n" + framing + "\r\n\r\n";
    }

    /** The answer: status line, headers and body as text. */
    private record Answer(String text) {
        int status() {
            return Integer.parseInt(text.substring(9, 12));
        }

        String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }

        void assertJsonError() {
            assertThat(head().toLowerCase(Locale.ROOT)).as(text)
                    .contains("content-type: application/json")
                    .contains("x-content-type-options: nosniff")
                    .doesNotContain("\r\nserver:")
                    .doesNotContain("x-powered-by");
            assertThat(body()).as(text).matches("\\{\"errors\":\\[\\{\"field\":\"[^\"]*\",\"message\":\"[^\"]+\"}]}");
            assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("jetty").doesNotContain("exception").doesNotContain("<html");
        }
    }

    private static Answer send(String request, boolean endOutput) throws IOException {
        return sendBytes(request.getBytes(StandardCharsets.UTF_8), endOutput);
    }

    /** Sends the bytes as they are and reads until the host closes or stays quiet for 3 s (with {@code endOutput}: says no more is coming). */
    private static Answer sendBytes(byte[] request, boolean endOutput) throws IOException {
        URI base = URI.create(host.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (endOutput) {
                socket.shutdownOutput();
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException quiet) {
                // Keep-alive: the answer is complete, the connection stays open.
            }
            return new Answer(answer.toString(StandardCharsets.UTF_8));
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
