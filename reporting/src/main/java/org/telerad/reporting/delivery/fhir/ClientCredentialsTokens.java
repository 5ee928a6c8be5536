package org.telerad.reporting.delivery.fhir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.telerad.reporting.delivery.channel.domain.FhirAuth;

/**
 * Access tokens of the OAuth 2.0 client credentials grant (client_secret_basic), cached per token URL, client and
 * secret until 30 s before they expire. Thread safe. Tokens and secrets are never logged; failures are reported
 * by HTTP status only.
 */
final class ClientCredentialsTokens {

    /** A token request the authorization server refused or could not answer. */
    static final class TokenUnavailable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean permanent;

        TokenUnavailable(String message, boolean permanent) {
            super(message, null, false, false);
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }
    }

    private record Key(URI tokenUrl, String clientId, int secretHash) {
    }

    private record Token(String value, Instant expires) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Key, Token> cache = new ConcurrentHashMap<>();
    private final HttpClient http;
    private final Clock clock;

    ClientCredentialsTokens(HttpClient http, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    String token(FhirAuth.ClientCredentials auth, Duration timeout) throws TokenUnavailable {
        Key key = key(auth);
        Token cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.value();
        }
        Token fresh = request(auth, timeout, now);
        cache.put(key, fresh);
        return fresh.value();
    }

    /** Forgets the cached token (the FHIR server answered 401 with it). */
    void forget(FhirAuth.ClientCredentials auth) {
        cache.remove(key(auth));
    }

    private static Key key(FhirAuth.ClientCredentials auth) {
        return new Key(auth.tokenUrl(), auth.clientId(), auth.clientSecret().reveal().hashCode());
    }

    private Token request(FhirAuth.ClientCredentials auth, Duration timeout, Instant now) throws TokenUnavailable {
        String basic = Base64.getEncoder().encodeToString((form(auth.clientId()) + ":"
                + form(auth.clientSecret().reveal())).getBytes(StandardCharsets.UTF_8));
        String body = "grant_type=client_credentials" + (auth.scope() == null ? "" : "&scope=" + form(auth.scope()));
        HttpRequest request = HttpRequest.newBuilder(auth.tokenUrl()).timeout(timeout)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TokenUnavailable("the token endpoint " + auth.tokenUrl().getHost() + " cannot be reached ("
                    + e.getClass().getSimpleName() + ")", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenUnavailable("interrupted while asking for an access token", false);
        }
        int status = response.statusCode();
        if (status != 200) {
            boolean permanent = status == 400 || status == 401 || status == 403;
            throw new TokenUnavailable("the token endpoint answered HTTP " + status
                    + (permanent ? " (check the channel's client id and secret)" : ""), permanent);
        }
        try {
            JsonNode json = JSON.readTree(response.body());
            String token = json.path("access_token").asText(null);
            if (token == null || token.isBlank()) {
                throw new TokenUnavailable("the token endpoint answered without an access_token", false);
            }
            long expiresIn = json.path("expires_in").asLong(60);
            Instant expires = now.plusSeconds(Math.max(0, expiresIn - 30));
            return new Token(token, expires);
        } catch (IOException e) {
            throw new TokenUnavailable("the token endpoint answered something other than JSON", false);
        }
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
