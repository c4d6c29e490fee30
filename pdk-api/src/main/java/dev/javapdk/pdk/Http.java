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
    /** Counts the responses, so that {@link HttpResponse#headers()} knows whether it is the latest. */
    private static int sent;

    private Http() {}

    /**
     * Sends {@code request} and waits for the answer, whatever its status code.
     *
     * <p>What happens when the host does not perform the request depends on the host: the Chicory
     * and JS SDKs stop the call for a host outside {@code allowed_hosts} or a connection that
     * fails (a trap, or an error the plug-in cannot catch). A host that has HTTP switched off
     * answers without a status code (the JS SDK 1.0 outside a worker); then this method throws.
     *
     * @throws PluginException if the host answered no status code, so the request was not made
     */
    public static HttpResponse send(HttpRequest request) {
        // The host takes ownership of both blocks (extism#743), so they are not freed here.
        long metadata = Bulk.allocate(request.metadata());
        byte[] body = request.body();
        long bodyOffset = body == null ? 0 : Bulk.allocate(body);
        long responseOffset = Kernel.httpRequest(metadata, bodyOffset);
        int status = Kernel.httpStatusCode();
        if (status == 0) {
            // Every real HTTP answer has a status from 100 up; 0 is a host's "nothing happened".
            throw new PluginException("HTTP " + request.method() + " " + request.url()
                    + " was not performed: the host answered no status code (HTTP may be off on this host;"
                    + " its log says why)");
        }
        byte[] response = responseOffset == 0 ? new byte[0] : Bulk.read(responseOffset, Kernel.length(responseOffset));
        return new HttpResponse(status, response, ++sent);
    }

    /** Whether {@code number} is the latest response, whose headers the host still holds. */
    static boolean isLatest(int number) {
        return number == sent;
    }
}
