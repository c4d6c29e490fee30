package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;
import dev.javapdk.pdk.json.Json;
import dev.javapdk.pdk.json.JsonReader;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the host answered to {@link Http#send}: the status code, the body and, where the host offers
 * them, the headers.
 *
 * <p>Headers come from the kernel import {@code http_headers}, which the plug-in imports only if it
 * calls {@link #headers()} or {@link #header(String)}: hosts without it (the JS SDK 1.0) still load a
 * plug-in that reads only status and body. A host offers headers only when it is told to (the JS SDK
 * 2.0's {@code allowHttpResponseHeaders}, the Chicory SDK's {@code withHttpResponseHeaders}).
 *
 * <pre>{@code
 * HttpResponse response = Http.send(HttpRequest.get(url));
 * if (response.status() != 200) {
 *     throw new PluginException("service answered " + response.status() + ": " + response.text());
 * }
 * Reply reply = response.json(Reply.class);
 * }</pre>
 */
public final class HttpResponse {
    private final int status;
    private final byte[] body;
    private final int number;
    private Map<String, String> headers;

    HttpResponse(int status, byte[] body, int number) {
        this.status = status;
        this.body = body;
        this.number = number;
    }

    /** The HTTP status code, e.g. 200. */
    public int status() {
        return status;
    }

    /** The body (empty if there was none). */
    public byte[] body() {
        return body;
    }

    /** The body decoded as UTF-8. */
    public String text() {
        return Utf8.decode(body);
    }

    /** The body parsed as a JSON tree. */
    public Object json() {
        return Json.parse(body);
    }

    /**
     * The body read as JSON into {@code type}; the build binds the class literal passed here, as
     * for {@code Json.read(bytes, Type.class)}.
     */
    public <T> T json(Class<T> type) {
        return Json.read(body, type);
    }

    /**
     * The response headers, names in lower case, several values of one name joined with
     * {@code ", "}; empty if the host does not offer headers. Read them before the next
     * {@link Http#send}: the host keeps only the latest response's.
     *
     * <pre>{@code
     * HttpResponse response = Http.send(HttpRequest.get(url));
     * String type = response.headers().getOrDefault("content-type", "");
     * }</pre>
     *
     * @throws IllegalStateException if another request was sent since this response
     */
    public Map<String, String> headers() {
        if (headers == null) {
            headers = readHeaders();
        }
        return headers;
    }

    /**
     * One response header, by name in any case ({@code "Content-Type"} finds
     * {@code content-type}); see {@link #headers()}.
     *
     * <pre>{@code
     * Optional<String> etag = response.header("ETag");
     * }</pre>
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers().get(name.toLowerCase(Locale.ROOT)));
    }

    private Map<String, String> readHeaders() {
        if (!Http.isLatest(number)) {
            throw new IllegalStateException("HTTP response headers are read from the host, which keeps only the"
                    + " latest response's: read them before sending the next request");
        }
        long offset = Kernel.httpHeaders();
        Map<String, String> result = new TreeMap<>();
        if (offset != 0) {
            // Read with the streaming reader: the hosts send an object of strings, and a tree
            // (Json.parse) would add number parsing to every plug-in that reads headers.
            JsonReader json = new JsonReader(Bulk.read(offset, Kernel.length(offset)));
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName().toLowerCase(Locale.ROOT);
                String value = json.peek() == JsonReader.BEGIN_ARRAY ? joined(json) : json.nextString();
                result.merge(name, value, (a, b) -> a + ", " + b);
            }
            json.endObject();
            json.endDocument();
        }
        return Collections.unmodifiableMap(result);
    }

    /** A list of values, as some hosts may send a repeated header, joined as the others join them. */
    private static String joined(JsonReader json) {
        StringBuilder text = new StringBuilder();
        json.beginArray();
        while (json.hasNext()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(json.nextString());
        }
        json.endArray();
        return text.toString();
    }
}
