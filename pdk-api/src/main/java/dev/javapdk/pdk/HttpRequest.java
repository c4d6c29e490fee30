package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Utf8;
import dev.javapdk.pdk.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP request for {@link Http#send}: URL, method, headers and an optional body.
 *
 * <p>The host decides what may be reached: a manifest's {@code allowed_hosts} must list the URL's
 * host, or the call fails with the host's error.
 *
 * <pre>{@code
 * HttpResponse response = Http.send(HttpRequest.post("https://api.example.com/v1/items")
 *         .header("Authorization", "Bearer " + key)
 *         .json(new NewItem("pen", 2)));
 * }</pre>
 */
public final class HttpRequest {
    private final String url;
    private String method;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;

    private HttpRequest(String method, String url) {
        if (url == null || url.isEmpty()) {
            throw new IllegalArgumentException("HTTP request needs a URL");
        }
        this.method = method;
        this.url = url;
    }

    /** A GET request. */
    public static HttpRequest get(String url) {
        return new HttpRequest("GET", url);
    }

    /** A POST request; give it a body with {@link #body} or {@link #json}. */
    public static HttpRequest post(String url) {
        return new HttpRequest("POST", url);
    }

    /** A request with any method ({@code PUT}, {@code DELETE}, {@code PATCH}, …). */
    public static HttpRequest of(String method, String url) {
        if (method == null || method.isEmpty()) {
            throw new IllegalArgumentException("HTTP request needs a method");
        }
        return new HttpRequest(method, url);
    }

    /** Sets a header, replacing one of the same name. */
    public HttpRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sets the body. */
    public HttpRequest body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** Sets the body to {@code text} as UTF-8. */
    public HttpRequest body(String text) {
        return body(Utf8.encode(text));
    }

    /**
     * Sets the body to {@code value} written as JSON (a tree or a bound record/POJO, see
     * {@link Json#write}) and {@code Content-Type: application/json} unless a content type is set.
     */
    public HttpRequest json(Object value) {
        if (!headers.containsKey("Content-Type") && !headers.containsKey("content-type")) {
            headers.put("Content-Type", "application/json");
        }
        return body(Json.write(value));
    }

    public String url() {
        return url;
    }

    public String method() {
        return method;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    /** The request line Extism hosts read: {@code {"url":…,"method":…,"headers":{…}}}. */
    byte[] metadata() {
        // Hosts differ on missing members (the Chicory SDK sends the method "null"): always send all.
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", url);
        json.put("method", method);
        json.put("headers", headers);
        return Json.write(json);
    }
}
