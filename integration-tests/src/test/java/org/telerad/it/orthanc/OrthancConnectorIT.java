package org.telerad.it.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Dcmtk;
import org.telerad.it.support.Stack;

/**
 * A study sent to the test stack's Orthanc (C-STORE with dcmtk's storescu, from a facility's calling AE) becomes
 * a reading task through the Orthanc connector: a routine CT once Orthanc calls it stable (StableAge 10 s on
 * the local stacks), a STAT one at its first instance. Each test sends its own study (fresh UIDs made from the
 * demo dumps under config/demo). Skipped, saying why, when dcmtk is missing or the stack's Orthanc does not
 * answer.
 */
class OrthancConnectorIT {

    static final String ORTHANC = System.getProperty("telerad.orthanc.url", "http://127.0.0.1:18042");
    static final Path DEMO = Path.of("..", "config", "demo");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void orthancAnswers() {
        Assumptions.assumeTrue(Dcmtk.installed(),
                "dcmtk is not installed (apt-get install dcmtk; ./telerad start does it)");
        try {
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(ORTHANC + "/system")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            Assumptions.assumeTrue(status == 200, "Orthanc at " + ORTHANC + " answered " + status);
        } catch (IOException | InterruptedException e) {
            Assumptions.abort("the test stack's Orthanc does not answer at " + ORTHANC + " (./telerad start runs it)");
        }
    }

    @Test
    void a_ct_sent_to_orthanc_from_a_dallas_modality_becomes_one_task_from_tx_dallas_within_seconds_of_being_stable()
            throws Exception {
        String study = send("ct-head-dallas.dump", "DRIC_CT1");

        Map<String, Object> workitem = awaitWorkitem(study, Duration.ofSeconds(45));

        assertThat(value(workitem, "00741200")).isEqualTo("LOW");
        String uid = value(workitem, "00080018");
        JsonPath routing = Stack.apiWithToken(archiveToken()).get("/tasks/{id}/routing", uid).then()
                .statusCode(200).extract().jsonPath();
        assertThat(routing.getString("summary")).contains("tx-dallas");
        assertThat(routing.getString("summary")).contains("US-TX");

        // sent again: Orthanc keeps one study, and Telerad still one task
        send("ct-head-dallas.dump", "DRIC_CT1", study);
        Thread.sleep(3000);
        assertThat(workitems(study)).hasSize(1);
    }

    @Test
    void a_stat_stroke_ct_becomes_a_high_priority_task_at_its_first_instance_before_the_study_is_stable()
            throws Exception {
        long sentAt = System.nanoTime();
        String study = send("ct-stroke-stat-houston.dump", "HBMC_CT");

        Map<String, Object> workitem = awaitWorkitem(study, Duration.ofSeconds(9));

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - sentAt)).isLessThan(9);
        assertThat(value(workitem, "00741200")).isEqualTo("HIGH");
    }

    /** Sends the demo dump with a fresh Study, Series and SOP Instance UID; answers the Study Instance UID. */
    static String send(String dump, String callingAe) throws Exception {
        return send(dump, callingAe, "2.25." + new BigInteger(120, new SecureRandom()));
    }

    static String send(String dump, String callingAe, String study) throws Exception {
        String text = Files.readString(DEMO.resolve(dump));
        String demoStudy = text.lines().filter(l -> l.startsWith("(0020,000d)")).findFirst().orElseThrow()
                .replaceAll(".*\\[(.*)\\].*", "$1");
        Dcmtk.send(text.replace(demoStudy, study), callingAe);
        return study;
    }

    static Map<String, Object> awaitWorkitem(String study, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            List<Map<String, Object>> found = workitems(study);
            if (!found.isEmpty()) {
                assertThat(found).hasSize(1);
                return found.get(0);
            }
            assertThat(System.nanoTime()).as("a workitem for the study within " + within).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    static List<Map<String, Object>> workitems(String study) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.baseUrl() + "/rs/workitems?StudyInstanceUID="
                    + study)).header("Authorization", "Bearer " + archiveToken())
                    .header("Accept", "application/dicom+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("UPS-RS query failed", e);
        }
        if (response.statusCode() == 204) {
            return List.of();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.from(response.body()).getList("$");
    }

    @SuppressWarnings("unchecked")
    static String value(Map<String, Object> dataset, String tag) {
        Map<String, Object> attribute = (Map<String, Object>) dataset.get(tag);
        return attribute == null ? null : String.valueOf(((List<Object>) attribute.get("Value")).get(0));
    }

    static String archiveToken() {
        return Stack.clientToken("telerad-archive", "changeit");
    }

}
