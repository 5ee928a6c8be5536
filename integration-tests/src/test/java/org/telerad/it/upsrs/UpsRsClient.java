package org.telerad.it.upsrs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.telerad.it.support.Stack;

/**
 * Plain HTTP against {@code /telerad/rs}, byte for byte as an archive sends it (no charset, no Accept header
 * unless asked), plus fixtures: the dcm4chee {@code ups:} payload with a fresh study UID, and task counts read
 * from the database.
 */
final class UpsRsClient {

    static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    static final String DICOM_JSON = "application/dicom+json";
    static final String DICOM_XML = "application/dicom+xml";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private UpsRsClient() {
    }

    static String rs() {
        return Stack.baseUrl() + "/rs";
    }

    static String archiveToken() {
        return Stack.clientToken("telerad-archive", "changeit");
    }

    /** A study UID no other test used. */

    /** The dcm4chee {@code ups:} exporter payload ({@code .json} or {@code .xml}) for {@code study}. */
    static String payload(String extension, String study) {
        try (InputStream in = UpsRsClient.class.getResourceAsStream("dcm4chee-ups-create." + extension)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(FIXTURE_STUDY, study);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> send(String method, String path, String token, String contentType, byte[] body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : rs() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> post(String path, String token, String contentType, String body) {
        return send("POST", path, token, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> create(String study) {
        return post("/workitems", archiveToken(), DICOM_JSON, payload("json", study));
    }

    static HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    static HttpResponse<String> changeState(String workitemUrl, String token, String state, String transactionUid) {
        String body = "{\"00081195\":{\"vr\":\"UI\",\"Value\":[\"" + transactionUid + "\"]},"
                + "\"00741000\":{\"vr\":\"CS\",\"Value\":[\"" + state + "\"]}}";
        return send("PUT", workitemUrl + "/state", token, DICOM_JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    /** How many reading tasks the database holds for the study. */
    static int tasksFor(String study) {
        try (Connection c = Stack.appDatabase();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from routing_reading_task where study_instance_uid = ?")) {
            s.setString(1, study);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
