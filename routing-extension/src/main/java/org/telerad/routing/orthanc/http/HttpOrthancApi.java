package org.telerad.routing.orthanc.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.orthanc.application.OrthancSettings;
import org.telerad.routing.orthanc.domain.ChangePage;
import org.telerad.routing.orthanc.domain.OrthancApi;
import org.telerad.routing.orthanc.domain.OrthancChange;
import org.telerad.routing.orthanc.domain.OrthancSeries;
import org.telerad.routing.orthanc.domain.OrthancStudy;
import org.telerad.routing.orthanc.domain.OrthancUnreachable;
import org.telerad.routing.task.domain.Patient;

/**
 * {@link OrthancApi} over Orthanc's REST API with the JDK HTTP client (no credential: the local Orthanc listens
 * on loopback with authentication off). A study is read with {@code /studies/{id}}, {@code /studies/{id}/series},
 * {@code /studies/{id}/instances}, and for its first instance {@code /instances/{id}/simplified-tags} (Institution
 * Name, Issuer of Patient ID, Requested Procedure Priority) and {@code /instances/{id}/metadata?expand} (RemoteAET,
 * the calling AE title it was received from). Connect time-out 2 s, answer time-out 10 s.
 */
@ApplicationScoped
public class HttpOrthancApi implements OrthancApi {

    static final int MAX_BODY = 32 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient client;
    private final Duration requestTimeout;

    public HttpOrthancApi() {
        this(OrthancSettings.fromSystemProperties().baseUrl());
    }

    public HttpOrthancApi(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = Duration.ofSeconds(10);
    }

    @Override
    public ChangePage changes(long since, int limit) {
        JsonNode page = get("/changes?since=" + since + "&limit=" + limit)
                .orElseThrow(() -> new OrthancUnreachable("/changes answered 404"));
        List<OrthancChange> changes = new ArrayList<>();
        for (JsonNode c : page.path("Changes")) {
            changes.add(new OrthancChange(c.path("Seq").asLong(), c.path("ChangeType").asText(""),
                    c.path("ResourceType").asText(""), c.path("ID").asText("")));
        }
        long last = page.path("Last").asLong(since);
        return new ChangePage(changes, last, page.path("Done").asBoolean(true));
    }

    @Override
    public Optional<OrthancStudy> study(String id) {
        Optional<JsonNode> found = get("/studies/" + id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonNode study = found.get();
        JsonNode tags = study.path("MainDicomTags");
        JsonNode patientTags = study.path("PatientMainDicomTags");
        JsonNode seriesList = get("/studies/" + id + "/series").orElse(JSON.createArrayNode());
        Map<String, List<String>> sopsBySeries = new HashMap<>();
        for (JsonNode instance : get("/studies/" + id + "/instances").orElse(JSON.createArrayNode())) {
            String sop = instance.path("MainDicomTags").path("SOPInstanceUID").asText("");
            if (!sop.isBlank()) {
                sopsBySeries.computeIfAbsent(instance.path("ParentSeries").asText(), k -> new ArrayList<>()).add(sop);
            }
        }
        List<OrthancSeries> series = new ArrayList<>();
        String firstInstance = null;
        for (JsonNode s : seriesList) {
            JsonNode st = s.path("MainDicomTags");
            String uid = st.path("SeriesInstanceUID").asText("");
            if (uid.isBlank()) {
                continue;
            }
            series.add(new OrthancSeries(uid, text(st, "Modality"), text(st, "BodyPartExamined"),
                    sopsBySeries.getOrDefault(s.path("ID").asText(), List.of())));
            if (firstInstance == null && s.path("Instances").size() > 0) {
                firstInstance = s.path("Instances").get(0).asText();
            }
        }
        JsonNode first = firstInstance == null ? JSON.createObjectNode()
                : get("/instances/" + firstInstance + "/simplified-tags").orElse(JSON.createObjectNode());
        String callingAe = firstInstance == null ? null : remoteAet(firstInstance);
        String institution = text(tags, "InstitutionName");
        Patient patient = new Patient(text(patientTags, "PatientID"), text(first, "IssuerOfPatientID"),
                text(patientTags, "PatientName"), OrthancStudy.birthDate(text(patientTags, "PatientBirthDate")),
                text(patientTags, "PatientSex"));
        return Optional.of(new OrthancStudy(id, text(tags, "StudyInstanceUID"), text(tags, "AccessionNumber"), patient,
                text(tags, "StudyDescription"), institution != null ? institution : text(first, "InstitutionName"),
                text(tags, "ReferringPhysicianName"), requestedPriority(first), callingAe, series));
    }

    /** The calling AE title the instance was received from; null when it did not come over DICOM. */
    private String remoteAet(String instanceId) {
        JsonNode metadata = get("/instances/" + instanceId + "/metadata?expand").orElse(JSON.createObjectNode());
        if (metadata.isObject()) {
            return text(metadata, "RemoteAET");
        }
        Optional<String> one = getText("/instances/" + instanceId + "/metadata/RemoteAET");
        return one.orElse(null);
    }

    /** (0040,1003) at top level, or in the first Request Attributes Sequence item. */
    private static String requestedPriority(JsonNode first) {
        String top = text(first, "RequestedProcedurePriority");
        if (top != null) {
            return top;
        }
        JsonNode items = first.path("RequestAttributesSequence");
        return items.isArray() && items.size() > 0 ? text(items.get(0), "RequestedProcedurePriority") : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isValueNode()) {
            return null;
        }
        String s = v.asText("");
        return s.isBlank() ? null : s.strip();
    }

    private Optional<JsonNode> get(String path) {
        return getText(path).map(body -> {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new OrthancUnreachable("unreadable JSON from " + stripQuery(path));
            }
        });
    }

    private Optional<String> getText(String path) {
        if (base == null) {
            throw new OrthancUnreachable("no Orthanc URL configured (" + OrthancSettings.URL_PROPERTY + ")");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new OrthancUnreachable("no answer in time from " + stripQuery(path));
        } catch (IOException e) {
            throw new OrthancUnreachable("cannot connect (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrthancUnreachable("interrupted");
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new OrthancUnreachable(stripQuery(path) + " answered HTTP " + response.statusCode());
        }
        if (response.body().length() > MAX_BODY) {
            throw new OrthancUnreachable(stripQuery(path) + " answered more than " + MAX_BODY + " characters");
        }
        return Optional.of(response.body());
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}
