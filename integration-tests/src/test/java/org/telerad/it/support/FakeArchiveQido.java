package org.telerad.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.response.Response;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays an archive that sends Telerad work and answers its series-level QIDO-RS
 * ({@code GET /dicom-web/studies/{uid}/series}) with the dcm4chee-shaped fixture
 * {@code /org/telerad/it/upsrs/dcm4chee-qido-series.json} for the studies a test declares, with their institution
 * name; any other study gets 204 (no match) or the status the test chose.
 *
 * <p>It listens on a free loopback port (never a fixed one, so a real Orthanc on 8042 is no obstacle) and
 * configures itself in Telerad through {@code /api/archives} as a new archive (unique name and AE title, DICOMweb
 * base URL {@code http://127.0.0.1:<port>/dicom-web}) with a random static bearer token. Tests post their workitems
 * with that token to {@link #workitemsUrl()} ({@code /archive-rs/workitems}), so Telerad identifies this archive as
 * the sender and asks it. {@link #close()} stops it and deactivates the archive.
 */
public final class FakeArchiveQido implements AutoCloseable {

    /** The fixture's study UID and institution name, replaced per declared study. */
    public static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    public static final String FIXTURE_INSTITUTION = "Baylor Scott & White – Dallas";

    private final Map<String, String> institutionOfStudy = new ConcurrentHashMap<>();
    private final Map<String, Integer> statusOfStudy = new ConcurrentHashMap<>();
    private final String fixture;
    private final HttpServer server;
    private final String name;
    private final String aeTitle;
    private final String token;

    private FakeArchiveQido(HttpServer server, String name, String aeTitle, String token) {
        this.server = server;
        this.name = name;
        this.aeTitle = aeTitle;
        this.token = token;
        try (InputStream in = FakeArchiveQido.class.getResourceAsStream("/org/telerad/it/upsrs/dcm4chee-qido-series.json")) {
            this.fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/dicom-web/studies/", this::qido);
        server.start();
    }

    /**
     * Starts the fake archive on a free loopback port and configures it in Telerad (as {@code credentialing});
     * fails, never skips, when Telerad refuses it.
     */
    public static FakeArchiveQido start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String name = "it-qido-" + suffix;
        String aeTitle = "ITQ" + suffix.toUpperCase(Locale.ROOT);
        String token = "it-qido-token-" + UUID.randomUUID() + UUID.randomUUID();
        FakeArchiveQido archive = new FakeArchiveQido(server, name, aeTitle, token);
        try {
            Response created = Stack.api("credentialing").body(Map.of("name", name, "dicomWebBaseUrl",
                    archive.dicomWebBaseUrl(), "aeTitles", List.of(aeTitle), "timeZone", "UTC", "credential",
                    Map.of("kind", "bearer-token", "token", token))).post("/archives");
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Telerad refused the test archive " + name + ": HTTP "
                        + created.statusCode() + " " + created.asString());
            }
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
        return archive;
    }

    /** The archive's name in Telerad (e.g. in enrichment details: "archive it-qido-… not asked: …"). */
    public String name() {
        return name;
    }

    /** The archive's own AE title (unique to this instance, so it names no facility). */
    public String aeTitle() {
        return aeTitle;
    }

    /** The static bearer token the archive sends Telerad ({@code Authorization: Bearer <token>}). */
    public String token() {
        return token;
    }

    /** Where the archive posts UPS-RS Create with its static token: {@code <base>/archive-rs/workitems}. */
    public static String workitemsUrl() {
        return Stack.baseUrl() + "/archive-rs/workitems";
    }

    /** The DICOMweb base URL Telerad asks, {@code http://127.0.0.1:<port>/dicom-web}. */
    public String dicomWebBaseUrl() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/dicom-web";
    }

    /** From now on the study's series carry this institution name. */
    public FakeArchiveQido answer(String study, String institution) {
        statusOfStudy.remove(study);
        institutionOfStudy.put(study, institution);
        return this;
    }

    /** From now on the archive answers this status for the study (e.g. 503 while "down"). */
    public FakeArchiveQido refuse(String study, int status) {
        institutionOfStudy.remove(study);
        statusOfStudy.put(study, status);
        return this;
    }

    private void qido(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String study = path.substring("/dicom-web/studies/".length()).replaceFirst("/series$", "");
        String institution = institutionOfStudy.get(study);
        if (!path.endsWith("/series") || institution == null) {
            exchange.sendResponseHeaders(path.endsWith("/series") ? statusOfStudy.getOrDefault(study, 204) : 404, -1);
            exchange.close();
            return;
        }
        byte[] body = fixture.replace(FIXTURE_STUDY, study).replace(FIXTURE_INSTITUTION, institution)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/dicom+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops answering and deactivates the archive in Telerad (its token is refused from then on). */
    @Override
    public void close() {
        server.stop(0);
        Response stored = Stack.api("credentialing").get("/archives/{name}", name);
        if (stored.statusCode() == 200 && stored.header("ETag") != null) {
            Stack.api("credentialing").header("If-Match", stored.header("ETag")).delete("/archives/{name}", name);
        }
    }
}
