package cn.gov.ledger.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Minimal JSON-over-HTTP client for the end-to-end tests, signed in with HTTP Basic as one of the development
 * users of application.yml (password {@code <name>-dev}), or anonymous for a null user.
 */
final class Http {

    record Answer(int status, JsonNode body) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    static Answer get(String user, String url) {
        return send(signedIn(user, HttpRequest.newBuilder(URI.create(url))).GET().build());
    }

    /** A page as text (the report's HTML), with its status. */
    static String[] text(String user, String url) {
        try {
            HttpResponse<String> response = CLIENT.send(signedIn(user, HttpRequest.newBuilder(URI.create(url)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new String[] {String.valueOf(response.statusCode()), response.body()};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file (a PDF, a workbook) as bytes, with its status and headers. */
    static HttpResponse<byte[]> bytes(String user, String url) {
        try {
            return CLIENT.send(signedIn(user, HttpRequest.newBuilder(URI.create(url))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer post(String user, String url, String contentType, String body) {
        return send(signedIn(user, HttpRequest.newBuilder(URI.create(url))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static HttpRequest.Builder signedIn(String user, HttpRequest.Builder request) {
        return user == null ? request : request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user + "-dev").getBytes(StandardCharsets.UTF_8)));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text.isBlank() ? JSON.nullNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
