package cn.gov.ledger.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests as bytes on a socket, for paths and headers an HTTP client library would clean up or refuse. */
record RawHttp(int port) {

    private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type:\\s*(\\S+)");
    private static final byte[] LINE_BREAK = "\r\n".getBytes(StandardCharsets.ISO_8859_1);

    record Answer(int status, String contentType, String text) {

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }
    }

    Answer send(String method, String target, String... headerLines) {
        return sendBody(method, target, new byte[0], headerLines);
    }

    Answer sendBody(String method, String target, byte[] body, String... headerLines) {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        if (body.length > 0) {
            request.append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Answer parse(byte[] response) {
        int headEnd = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String head = new String(response, 0, headEnd, StandardCharsets.ISO_8859_1);
        Matcher type = CONTENT_TYPE.matcher(head);
        byte[] body = Arrays.copyOfRange(response, headEnd + 4, response.length);
        boolean chunked = head.toLowerCase().contains("transfer-encoding: chunked");
        return new Answer(Integer.parseInt(head.substring(9, 12)), type.find() ? type.group(1) : "",
                new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(body, LINE_BREAK, at);
            int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                return bytes.toByteArray();
            }
            bytes.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        for (int i = from; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("incomplete answer: " + new String(data, StandardCharsets.ISO_8859_1));
    }
}
