package org.telerad.it.priors;

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

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Dcmtk;
import org.telerad.it.support.Stack;

/**
 * Two studies of one patient sent to the test stack's Orthanc (storescu, fresh UIDs and a fresh Patient ID made
 * from the demo dumps): once the second study's task is assigned, {@code GET /api/tasks/{uid}/priors} lists the
 * first study as AVAILABLE (it is already in Orthanc: nothing to move), never the task's own study. Skipped,
 * saying why, when dcmtk is missing or the stack's Orthanc does not answer.
 */
class PriorsPrefetchIT {

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
    void the_patients_earlier_study_in_orthanc_is_listed_as_an_available_prior_of_the_assigned_task()
            throws Exception {
        String patient = "IT-PRIORS-" + new BigInteger(40, new SecureRandom());
        String earlier = send("ct-head-dallas.dump", "DRIC_CT1", patient);
        String current = send("ct-stroke-stat-houston.dump", "HBMC_CT", patient);

        String task = awaitAssignedTask(current, Duration.ofSeconds(30));
        List<Map<String, Object>> priors = awaitPriors(task, Duration.ofSeconds(30));

        assertThat(priors).extracting(p -> p.get("studyInstanceUid")).containsExactly(earlier);
        assertThat(priors.get(0)).containsEntry("state", "AVAILABLE").containsEntry("archive", "local-orthanc")
                .containsEntry("modalities", "CT");

        // auditors read them too; each read is audited; an unknown task is 404
        Stack.api("auditor").get("/tasks/{id}/priors", task).then().statusCode(200);
        Stack.api("auditor").get("/tasks/{id}/priors", "2.25.1").then().statusCode(404);
    }

    static String awaitAssignedTask(String study, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.baseUrl()
                    + "/rs/workitems?StudyInstanceUID=" + study)).header("Authorization", "Bearer " + archiveToken())
                    .header("Accept", "application/dicom+json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                List<Map<String, Object>> found = JsonPath.from(response.body()).getList("$");
                if (found.size() == 1 && found.get(0).containsKey("00404034")) {
                    return value(found.get(0), "00080018");
                }
            }
            assertThat(System.nanoTime()).as("an assigned task for the study within " + within).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    static List<Map<String, Object>> awaitPriors(String task, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            JsonPath answer = Stack.apiWithToken(archiveToken()).get("/tasks/{id}/priors", task).then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = answer.getList("items");
            if (!items.isEmpty()) {
                return items;
            }
            assertThat(System.nanoTime()).as("priors recorded for the task within " + within).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /** Sends the demo dump with a fresh Study Instance UID (series and instances follow) and this Patient ID. */
    static String send(String dump, String callingAe, String patientId) throws Exception {
        String study = "2.25." + new BigInteger(120, new SecureRandom());
        String text = Files.readString(DEMO.resolve(dump));
        String demoStudy = text.lines().filter(l -> l.startsWith("(0020,000d)")).findFirst().orElseThrow()
                .replaceAll(".*\\[(.*)\\].*", "$1");
        String demoPatient = text.lines().filter(l -> l.startsWith("(0010,0020)")).findFirst().orElseThrow()
                .replaceAll(".*\\[(.*)\\].*", "$1");
        Dcmtk.send(text.replace(demoStudy, study).replace("[" + demoPatient + "]", "[" + patientId + "]"), callingAe);
        return study;
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
