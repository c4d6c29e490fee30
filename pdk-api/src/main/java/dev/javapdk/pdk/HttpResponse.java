package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Utf8;
import dev.javapdk.pdk.json.Json;

/**
 * What the host answered to {@link Http#send}: the status code and the body.
 *
 * <p>Response headers ({@code http_headers}) are not offered yet: the reference hosts here answer
 * none (the Chicory SDK returns {@code {}}, the JS SDK 1.0 lacks the import), so it could not be
 * tested.
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

    HttpResponse(int status, byte[] body) {
        this.status = status;
        this.body = body;
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
}
