package org.telerad.routing.upsrs.qido;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.domain.ArchiveQuery;
import org.telerad.routing.enrichment.domain.ArchiveUnreachable;
import org.telerad.routing.enrichment.domain.SeriesFacts;

/**
 * {@link ArchiveQuery} over the JDK HTTP client: {@code GET {DICOMweb base}/studies/{uid}/series} asking
 * explicitly for Institution Name, Body Part Examined, Study Description and Retrieve AE Title (Orthanc leaves
 * them out with {@code includefield=all}); Modality and Series Instance UID are default return keys. Connect
 * time-out {@code telerad.archive.connect-timeout-ms} (default 2000), answer time-out
 * {@code telerad.archive.request-timeout-ms} (default 5000). Archives are asked without a credential: the
 * archive configuration holds none for outgoing calls yet (the local Orthanc needs none).
 */
@ApplicationScoped
public class HttpArchiveQuery implements ArchiveQuery {

    static final String FIELDS = "includefield=00080080&includefield=00180015&includefield=00081030"
            + "&includefield=00080054";
    static final int MAX_BODY = 8 * 1024 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;

    public HttpArchiveQuery() {
        this(Duration.ofMillis(Long.getLong("telerad.archive.connect-timeout-ms", 2000L)),
                Duration.ofMillis(Long.getLong("telerad.archive.request-timeout-ms", 5000L)));
    }

    public HttpArchiveQuery(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    /** The series-level query for the study. */
    static URI seriesQuery(ConfiguredArchive archive, String studyInstanceUid) {
        String base = archive.dicomWebBaseUrl().toString();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(base + "/studies/" + URLEncoder.encode(studyInstanceUid, StandardCharsets.UTF_8)
                + "/series?" + FIELDS);
    }

    @Override
    public List<SeriesFacts> series(ConfiguredArchive archive, String studyInstanceUid) {
        HttpRequest request = HttpRequest.newBuilder(seriesQuery(archive, studyInstanceUid)).timeout(requestTimeout)
                .header("Accept", "application/dicom+json, application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ArchiveUnreachable("no answer within " + requestTimeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new ArchiveUnreachable("connection failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveUnreachable("interrupted");
        }
        int status = response.statusCode();
        if (status == 204 || status == 404) {
            throw new ArchiveUnreachable("the archive knows no series of the study yet (HTTP " + status + ")");
        }
        if (status / 100 != 2) {
            throw new ArchiveUnreachable("the archive answered HTTP " + status);
        }
        if (response.body().length > MAX_BODY) {
            throw new ArchiveUnreachable("the archive's answer is larger than " + MAX_BODY + " bytes");
        }
        List<SeriesFacts> series = QidoSeriesAnswer.read(response.body());
        if (series.isEmpty()) {
            throw new ArchiveUnreachable("the archive knows no series of the study yet");
        }
        return series;
    }
}
