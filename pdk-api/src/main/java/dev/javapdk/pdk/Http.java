package dev.javapdk.pdk;

import dev.javapdk.pdk.internal.Bulk;
import dev.javapdk.pdk.internal.Kernel;

/**
 * HTTP through the host ({@code http_request}): the plug-in has no sockets of its own, and the host
 * decides which hosts it may reach (the manifest's {@code allowed_hosts}).
 *
 * <pre>{@code
 * HttpResponse response = Http.send(HttpRequest.get("https://example.com/status"));
 * Log.info("status " + response.status());
 * }</pre>
 */
public final class Http {
    private Http() {}

    /**
     * Sends {@code request} and waits for the answer. A refused request (host not allowed, no
     * connection) fails the call with the host's error.
     */
    public static HttpResponse send(HttpRequest request) {
        // The host takes ownership of both blocks (extism#743), so they are not freed here.
        long metadata = Bulk.allocate(request.metadata());
        byte[] body = request.body();
        long bodyOffset = body == null ? 0 : Bulk.allocate(body);
        long responseOffset = Kernel.httpRequest(metadata, bodyOffset);
        int status = Kernel.httpStatusCode();
        byte[] response = responseOffset == 0 ? new byte[0] : Bulk.read(responseOffset, Kernel.length(responseOffset));
        return new HttpResponse(status, response);
    }
}
