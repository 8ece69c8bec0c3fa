package cn.gov.ledger.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * The harness's only way out: HTTP/1.1 to services on this machine, every request with a timeout, signed in
 * with HTTP Basic ({@code --user name:password}; the development user admin, who has every role, by default).
 */
final class Http {

    /** A status and body; {@code replayed} is the ledger's Idempotent-Replayed header. */
    record Answer(int status, String body, boolean replayed) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEFAULT_USER = "admin:admin-dev";

    // HTTP/1.1 on purpose: the default HTTP/2 would first try an h2c upgrade on every new connection.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    /** {@code user} is {@code name:password}. */
    Http(String user) {
        if (!user.contains(":")) {
            throw new IllegalArgumentException("--user must be name:password, not " + user);
        }
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses anything but a loopback address: a benchmark must not load someone else's server. */
    static URI loopback(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException(url + " is not a loopback address");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(url + " does not resolve", e);
        }
        return uri;
    }

    Answer postJson(URI uri, Object body, String idempotencyKey, Duration timeout) {
        try {
            HttpRequest.Builder request = request(uri, timeout)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return send(request.build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Streams the file as the body, so a million-row import never sits in this process's memory. */
    Answer postFile(URI uri, Path file, String contentType, Duration timeout) {
        try {
            return send(request(uri, timeout).header("Content-Type", contentType)
                    .POST(BodyPublishers.ofFile(file)).build());
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer get(URI uri, Duration timeout) {
        return send(request(uri, timeout).GET().build());
    }

    private HttpRequest.Builder request(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", authorization);
    }

    private Answer send(HttpRequest request) {
        try {
            var response = client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean replayed = response.headers().firstValue("Idempotent-Replayed").map(Boolean::parseBoolean)
                    .orElse(false);
            return new Answer(response.statusCode(), response.body(), replayed);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
