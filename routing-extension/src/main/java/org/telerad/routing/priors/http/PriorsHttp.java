package org.telerad.routing.priors.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.telerad.routing.priors.domain.ArchiveUnreachable;

/** The HTTP calls both adapters make; errors name the path (never its query, which holds the patient ID). */
final class PriorsHttp {

    static final int MAX_BODY = 4 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Duration timeout = Duration.ofSeconds(10);

    /** GETs JSON; an empty array for 204. */
    JsonNode get(URI uri, String accept) {
        return json(send(HttpRequest.newBuilder(uri).header("Accept", accept).GET(), uri));
    }

    /** POSTs JSON (or nothing when body is null) and answers the JSON answer (null when empty). */
    JsonNode post(URI uri, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "application/json");
        try {
            b = body == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                    : b.header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new ArchiveUnreachable("request not written");
        }
        return json(send(b, uri));
    }

    private String send(HttpRequest.Builder b, URI uri) {
        HttpResponse<String> response;
        try {
            response = client.send(b.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ArchiveUnreachable("no answer in time from " + uri.getPath());
        } catch (IOException e) {
            throw new ArchiveUnreachable("cannot connect to " + uri.getHost() + ":" + uri.getPort() + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveUnreachable("interrupted");
        }
        int status = response.statusCode();
        if (status == 204) {
            return "[]";
        }
        if (status < 200 || status > 299) {
            throw new ArchiveUnreachable(uri.getPath() + " answered HTTP " + status);
        }
        if (response.body().length() > MAX_BODY) {
            throw new ArchiveUnreachable(uri.getPath() + " answered more than " + MAX_BODY + " characters");
        }
        return response.body();
    }

    private static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new ArchiveUnreachable("the archive answered no JSON");
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    static String trimSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
