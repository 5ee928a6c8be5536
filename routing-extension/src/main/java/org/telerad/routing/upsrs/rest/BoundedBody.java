package org.telerad.routing.upsrs.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.telerad.shared.problem.TeleradException;

/**
 * Reads a request body up to a limit (system property {@value #PROPERTY}, default 8 MiB: below Undertow's
 * default 10 MB {@code max-post-size}, so Telerad, not the server, answers an oversized body, with 413 and a
 * reason). A declared Content-Length above the limit is refused before anything is read.
 */
final class BoundedBody {

    static final String PROPERTY = "telerad.ups.max-body-bytes";
    static final String TOO_LARGE = "TELERAD-UPS-030";

    private BoundedBody() {
    }

    static long limit() {
        return Long.getLong(PROPERTY, 8L << 20);
    }

    static byte[] read(InputStream in, String contentLength) {
        long limit = limit();
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.strip()) > limit) {
                    throw tooLarge(limit);
                }
            } catch (NumberFormatException ignored) {
                // the container rejects a malformed Content-Length; count what arrives
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0;) {
                if (out.size() + n > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static TeleradException tooLarge(long limit) {
        return new TeleradException(TeleradException.Kind.PAYLOAD_TOO_LARGE, TOO_LARGE,
                "The request body is larger than the " + limit + " bytes a workitem request may have.");
    }
}
