package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;
import dev.javapdk.pdk.internal.Utf8;
import dev.javapdk.pdk.json.Json;
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
            Object json = Json.parse(Bulk.read(offset, Kernel.length(offset)));
            if (!(json instanceof Map<?, ?> map)) {
                throw new IllegalStateException("the host's http_headers is not a JSON object: " + Json.toString(json));
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object value = entry.getValue();
                // Hosts send strings; a list of values is joined as the others join them.
                String text = value instanceof java.util.List<?> list ? joined(list) : String.valueOf(value);
                result.merge(entry.getKey().toString().toLowerCase(Locale.ROOT), text, (a, b) -> a + ", " + b);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private static String joined(java.util.List<?> values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(value);
        }
        return text.toString();
    }
}
