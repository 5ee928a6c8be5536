package org.telerad.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.LogConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running Telerad stack that integration tests talk to: WildFly with the deployed WAR, Keycloak with the
 * {@code dcm4che} demo realm, and PostgreSQL.
 *
 * <p>Every location comes from a system property ({@code ./telerad test} passes them all to failsafe), with the
 * test profile's defaults (WildFly 18080, management 19990, Keycloak 18180, PostgreSQL 15433). Passwords not given
 * as properties are read from the launcher's git-ignored {@code .telerad/<profile>/secrets.env}, so an IT can also
 * be run from an IDE against a stack started with {@code TELERAD_PROFILE=test ./telerad start}.
 *
 * <p>Tokens are cached per user (or client) until shortly before they expire; the class is thread safe.
 */
public final class Stack {

    /** Password of every demo user of the demo realm (demo only). */
    public static final String DEMO_PASSWORD = "changeit";
    /** Public client with direct access grants that {@link #token(String)} uses. */
    public static final String CLI_CLIENT = "telerad-cli";

    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();
    private static volatile Map<String, String> secrets;

    static {
        // a failed expectation prints the request and response (never the bearer token)
        RestAssured.config = RestAssured.config().logConfig(LogConfig.logConfig()
                .enableLoggingOfRequestAndResponseIfValidationFails()
                .blacklistHeader("Authorization"));
    }

    private Stack() {
    }

    /** Profile whose stack the tests run against ({@code telerad.profile}, default {@code test}). */
    public static String profile() {
        return System.getProperty("telerad.profile", "test");
    }

    /** Base URL of the deployed WAR, e.g. {@code http://127.0.0.1:18080/telerad}. */
    public static String baseUrl() {
        return trimSlash(System.getProperty("telerad.baseUrl", "http://127.0.0.1:18080/telerad"));
    }

    /** WildFly's management endpoint, e.g. {@code http://127.0.0.1:19990} ({@code /health/ready} lives there). */
    public static String managementUrl() {
        return trimSlash(System.getProperty("telerad.managementUrl", "http://127.0.0.1:19990"));
    }

    /** Keycloak's base URL, e.g. {@code http://127.0.0.1:18180} (without {@code /realms/...}). */
    public static String keycloakUrl() {
        return trimSlash(System.getProperty("telerad.keycloakUrl", "http://127.0.0.1:18180"));
    }

    /** Name of the realm ({@code dcm4che}). */
    public static String realm() {
        return System.getProperty("telerad.realm", "dcm4che");
    }

    /** The realm's URL, which is also the issuer of its tokens. */
    public static String realmUrl() {
        return keycloakUrl() + "/realms/" + realm();
    }

    /** The realm's OpenID Connect token endpoint. */
    public static String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** JDBC URL of the Telerad database, e.g. {@code jdbc:postgresql://127.0.0.1:15433/telerad}. */
    public static String jdbcUrl() {
        return System.getProperty("telerad.db.url", "jdbc:postgresql://127.0.0.1:15433/telerad");
    }

    /** The application's database user ({@code telerad}). */
    public static String appDatabaseUser() {
        return System.getProperty("telerad.db.user", "telerad");
    }

    /** PostgreSQL superuser ({@code postgres}). */
    public static String adminDatabaseUser() {
        return System.getProperty("telerad.db.adminUser", "postgres");
    }

    /**
     * An access token for a demo user (password grant through {@code telerad-cli}, password {@code changeit}).
     *
     * @throws IllegalStateException when Keycloak refuses the login
     */
    public static String token(String username) {
        return cached("user:" + username, () -> given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", CLI_CLIENT)
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .formParam("scope", "openid")
                .post(tokenUrl()), "user " + username);
    }

    /**
     * An access token for a confidential client through the client credentials grant, e.g.
     * {@code clientToken("telerad-archive", "changeit")}.
     */
    public static String clientToken(String clientId, String secret) {
        return cached("client:" + clientId + ":" + secret, () -> given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(tokenUrl()), "client " + clientId);
    }

    /** A request for {@code baseUrl()/api} as the given demo user: bearer token, JSON in and out. */
    public static RequestSpecification api(String username) {
        return given(apiSpec()).auth().oauth2(token(username));
    }

    /** A request for {@code baseUrl()/api} with a given bearer token (e.g. a client's). */
    public static RequestSpecification apiWithToken(String accessToken) {
        return given(apiSpec()).auth().oauth2(accessToken);
    }

    /** A request for {@code baseUrl()/api} without any token. */
    public static RequestSpecification anonymous() {
        return given(apiSpec());
    }

    /** The claims of a JWT's payload (not verified: tests read what Keycloak put in). */
    public static JsonPath claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        return new JsonPath(new String(payload, StandardCharsets.UTF_8));
    }

    /** The realm roles a token carries ({@code realm_access.roles}). */
    public static List<String> realmRoles(String jwt) {
        List<String> roles = claims(jwt).getList("realm_access.roles", String.class);
        return roles == null ? List.of() : roles;
    }

    /** A new connection to the Telerad database as the application user; the caller closes it. */
    public static Connection appDatabase() {
        return connect(appDatabaseUser(), password("telerad.db.password", "TELERAD_DB_PASSWORD"));
    }

    /** A new connection to the Telerad database as the PostgreSQL superuser; the caller closes it. */
    public static Connection adminDatabase() {
        return connect(adminDatabaseUser(), password("telerad.db.adminPassword", "PG_SUPERUSER_PASSWORD"));
    }

    /** The application user's database password (property {@code telerad.db.password} or the secrets file). */
    public static String appDatabasePassword() {
        return password("telerad.db.password", "TELERAD_DB_PASSWORD");
    }

    private static RequestSpecification apiSpec() {
        return new RequestSpecBuilder()
                .setBaseUri(baseUrl() + "/api")
                .setContentType(ContentType.JSON)
                .setAccept(ContentType.JSON)
                .build();
    }

    private static Connection connect(String user, String password) {
        try {
            return DriverManager.getConnection(jdbcUrl(), user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + jdbcUrl() + " as " + user, e);
        }
    }

    private interface TokenRequest {
        Response send();
    }

    private record CachedToken(String value, Instant refreshAfter) {
    }

    private static String cached(String key, TokenRequest request, String who) {
        CachedToken cachedToken = TOKENS.get(key);
        if (cachedToken != null && Instant.now().isBefore(cachedToken.refreshAfter())) {
            return cachedToken.value();
        }
        Response response = request.send();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + who + " at " + tokenUrl() + ": HTTP "
                    + response.statusCode() + " " + response.asString());
        }
        String accessToken = response.path("access_token");
        Integer expiresIn = response.path("expires_in");
        long lifetime = expiresIn == null ? 60 : expiresIn;
        TOKENS.put(key, new CachedToken(accessToken, Instant.now().plusSeconds(Math.max(0, lifetime - 30))));
        return accessToken;
    }

    private static String password(String property, String secretKey) {
        String value = System.getProperty(property);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        return Optional.ofNullable(secrets().get(secretKey)).orElseThrow(() -> new IllegalStateException(
                "no " + property + " system property and no " + secretKey + " in .telerad/" + profile()
                        + "/secrets.env: start the stack with TELERAD_PROFILE=" + profile() + " ./telerad start"));
    }

    private static Map<String, String> secrets() {
        Map<String, String> loaded = secrets;
        if (loaded == null) {
            loaded = readSecrets();
            secrets = loaded;
        }
        return loaded;
    }

    private static Map<String, String> readSecrets() {
        Map<String, String> values = new HashMap<>();
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("telerad"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return values;
        }
        Path file = dir.resolve(".telerad").resolve(profile()).resolve("secrets.env");
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, eq).trim(), unquote(line.substring(eq + 1).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    /**
     * A UPS-RS style request with a bearer token: {@code body} (may be null) sent as {@code application/dicom+json};
     * answers the response as text.
     */
    public static java.net.http.HttpResponse<String> send(String method, String url, String token, String body) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/dicom+json");
        }
        try {
            return HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A test resource on the class path (an absolute path such as {@code /org/telerad/it/upsrs/...}) as text. */
    public static String resource(String path) {
        try (java.io.InputStream in = Stack.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
