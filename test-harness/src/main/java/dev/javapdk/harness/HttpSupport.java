package dev.javapdk.harness;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.extism.sdk.chicory.http.HttpClientAdapter;
import org.extism.sdk.chicory.http.HttpConfig;
import org.extism.sdk.chicory.http.HttpJsonCodec;

/**
 * {@code http_request} for the Chicory host. The SDK 0.3.0 defines the HTTP seam ({@code http-api})
 * but its implementations were published only for 0.2.0, so the harness supplies both halves:
 * Jackson-jr for the request metadata and headers, and the JDK's {@link HttpClient}.
 *
 * <p>Response headers: the SDK 0.3.0's {@code http_headers} hands the codec an empty map instead of
 * the client's headers (so a plug-in would always read {@code {}}). The harness's codec therefore
 * encodes its own client's last headers, which is what the SDK means to do; a Java application
 * embedding the SDK can do the same with its own codec.
 */
final class HttpSupport {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private HttpSupport() {}

    /** A configuration for one plug-in: its own client, whose last headers its codec encodes. */
    static HttpConfig config() {
        Client client = new Client();
        Codec codec = new Codec(client);
        return HttpConfig.builder()
                .withJsonCodec(() -> codec)
                .withClientAdapter(() -> client)
                .build();
    }

    /** Reads {@code {"url":…,"method":…,"headers":{…}}} as every Extism host does. */
    private static final class Codec implements HttpJsonCodec {
        private final Client client;

        Codec(Client client) {
            this.client = client;
        }

        @Override
        public RequestMetadata decodeMetadata(byte[] json) {
            Map<String, Object> request;
            try {
                request = JSON.std.mapFrom(json);
            } catch (IOException e) {
                throw new IllegalArgumentException("invalid http_request metadata: " + e.getMessage(), e);
            }
            Object method = request.get("method");
            Object url = request.get("url");
            @SuppressWarnings("unchecked")
            Map<String, String> headers =
                    request.get("headers") instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
            if (url == null) {
                throw new IllegalArgumentException("http_request metadata has no url");
            }
            String methodText = method == null ? "GET" : method.toString();
            URI uri = URI.create(url.toString());
            return new RequestMetadata() {
                @Override
                public String method() {
                    return methodText;
                }

                @Override
                public URI uri() {
                    return uri;
                }

                @Override
                public Map<String, String> headers() {
                    return headers;
                }
            };
        }

        @Override
        public byte[] encodeHeaders(Map<String, List<String>> given) {
            // The SDK passes Map.of() here (see the class comment): use the client's own.
            Map<String, List<String>> headers = given.isEmpty() ? client.headers() : given;
            // Extism hosts give one value per name, comma-joined when the server sent several.
            Map<String, String> flat = new java.util.TreeMap<>();
            headers.forEach(
                    (name, values) -> flat.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values)));
            try {
                return JSON.std.asBytes(flat);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One request at a time, as the SDK calls it. */
    private static final class Client implements HttpClientAdapter {
        private int status;
        private Map<String, List<String>> headers = Map.of();

        @Override
        public byte[] request(String method, URI uri, Map<String, String> requestHeaders, byte[] body) {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .method(
                            method,
                            body == null || body.length == 0
                                    ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                    : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
            requestHeaders.forEach(request::header);
            try {
                HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                headers = response.headers().map();
                return response.body();
            } catch (IOException e) {
                throw new IllegalStateException("HTTP " + method + " " + uri + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("HTTP " + method + " " + uri + " interrupted", e);
            }
        }

        @Override
        public int statusCode() {
            return status;
        }

        @Override
        public Map<String, List<String>> headers() {
            return headers;
        }
    }
}
