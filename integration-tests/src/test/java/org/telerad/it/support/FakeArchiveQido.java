package org.telerad.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assumptions;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays the demo archive {@code local-orthanc}'s series-level QIDO-RS on 127.0.0.1:8042
 * ({@code GET /dicom-web/studies/{uid}/series}), answering with the dcm4chee-shaped fixture
 * {@code /org/telerad/it/upsrs/dcm4chee-qido-series.json} for the studies a test declares, with their institution
 * name; any other study gets 204 (no match) or the status the test chose. Waits up to 90 s for the port when
 * another test still holds it, and skips the test when it stays taken (a real Orthanc there).
 */
public final class FakeArchiveQido implements AutoCloseable {

    /** The fixture's study UID and institution name, replaced per declared study. */
    public static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    public static final String FIXTURE_INSTITUTION = "Baylor Scott & White – Dallas";

    private final Map<String, String> institutionOfStudy = new ConcurrentHashMap<>();
    private final Map<String, Integer> statusOfStudy = new ConcurrentHashMap<>();
    private final String fixture;
    private final HttpServer server;

    private FakeArchiveQido(HttpServer server) {
        this.server = server;
        try (InputStream in = FakeArchiveQido.class.getResourceAsStream("/org/telerad/it/upsrs/dcm4chee-qido-series.json")) {
            this.fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/dicom-web/studies/", this::qido);
        server.start();
    }

    /** Starts the fake archive, or skips the calling test when 127.0.0.1:8042 stays taken for 90 s. */
    public static FakeArchiveQido start() throws IOException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (true) {
            try {
                return new FakeArchiveQido(HttpServer.create(new InetSocketAddress("127.0.0.1", 8042), 0));
            } catch (BindException taken) {
                if (System.nanoTime() > deadline) {
                    Assumptions.abort("127.0.0.1:8042 is in use (a real Orthanc?): the test cannot play the archive");
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
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

    @Override
    public void close() {
        server.stop(0);
    }
}
