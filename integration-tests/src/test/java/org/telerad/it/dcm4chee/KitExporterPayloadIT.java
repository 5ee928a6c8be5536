package org.telerad.it.dcm4chee;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts, the way the archive's {@code ups:} exporter does, the payload that the exporter configured by
 * docker/ldap/telerad.ldif produces: the contract fixture shared/src/test/resources/dicom/dcm4chee-ups-create.json
 * (patient=true, request=true, priority, label and readiness as the exporter sets them), with the Retrieve AE
 * Title the exporter's {@code dcmRetrieveAET} fills in, to {@code {dcmWebServicePath}/workitems} with a
 * telerad-archive token (the kit's {@code dcmKeycloakClient}).
 */
class KitExporterPayloadIT {

    private static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path root = Path.of("").toAbsolutePath().getParent();
    private final String ldif = read(root.resolve("docker/ldap/telerad.ldif"));

    @Test
    void archive_configured_by_the_kit_creates_a_task_that_telerad_lists_by_study_uid() throws Exception {
        String study = Uids.newStudyUid();
        String token = Stack.clientToken(attribute("dcmKeycloakClientID"), "changeit");
        URI workitems = URI.create(Stack.baseUrl()).resolve(attribute("dcmWebServicePath") + "/workitems");

        HttpResponse<String> created = post(workitems, token, payload(study));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).get().asString().contains("/rs/workitems/");

        HttpResponse<String> again = post(workitems, token, payload(study));
        assertThat(again.statusCode()).as("the same study again updates its task").isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).isEqualTo(created.headers().firstValue("Location"));

        HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(workitems + "?StudyInstanceUID="
                + study)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(study);
    }

    private String payload(String study) {
        String retrieveAet = attribute("dcmRetrieveAET");
        return read(root.resolve("shared/src/test/resources/dicom/dcm4chee-ups-create.json"))
                .replace(FIXTURE_STUDY, study)
                .replace("{\"00080054\":{\"vr\":\"AE\"}}",
                        "{\"00080054\":{\"vr\":\"AE\",\"Value\":[\"" + retrieveAet + "\"]}}");
    }

    private static HttpResponse<String> post(URI uri, String token, String body) throws Exception {
        // As Dcm2UpsExporter sends it: no charset, no Accept header, no query string.
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/dicom+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The first value of an attribute in the kit's LDIF (the TELERAD web app and TELERAD-UPS exporter). */
    private String attribute(String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": (.+)$").matcher(ldif);
        assertThat(m.find()).as(name + " in docker/ldap/telerad.ldif").isTrue();
        return m.group(1).trim();
    }


    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
