package org.telerad.it.upsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.FakeArchiveQido;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * Enrichment at intake against the deployed stack: the dcm4chee {@code ups:} payload names no facility, so
 * Telerad asks the calling archive's series-level QIDO-RS. The test plays that archive with {@link FakeArchiveQido}:
 * on a free loopback port, configured through {@code /api/archives} with a static bearer token, posting its
 * workitems to {@code /archive-rs/workitems} with that token, and answering QIDO for this test's studies only (any
 * other study: 204). The Keycloak path ({@code telerad-archive} client → demo archive {@code local-orthanc}) is
 * checked without playing that archive: whatever answers at its address, the task names it as the archive asked.
 */
class UpsEnrichmentIT {

    static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    static final String DALLAS = "Dallas Regional Imaging Center";

    private static FakeArchiveQido archive;

    @BeforeAll
    static void startArchive() throws IOException {
        archive = FakeArchiveQido.start();
    }

    @AfterAll
    static void stopArchive() {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void a_dcm4chee_workitem_is_enriched_from_series_qido_recognised_as_tx_dallas_and_routed_with_an_explanation() {
        String study = Uids.newStudyUid();
        archive.answer(study, DALLAS);

        HttpResponse<String> created = create(study);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, String> task = task(study);
        assertThat(task).containsEntry("facility_code", "tx-dallas").containsEntry("modality", "CT")
                .containsEntry("body_part", "HEAD").containsEntry("institution_name", DALLAS)
                .containsEntry("outcome", "ENRICHED")
                .containsEntry("detail", "facility tx-dallas (institution name '" + DALLAS + "')");

        JsonPath routing = routingOf(task.get("workitem_uid"));
        assertThat(routing.getString("summary")).contains("from tx-dallas (US-TX)");
        assertThat(routing.getString("outcome")).isEqualTo("assigned");
        // a radiologist licensed only in California is excluded for the license, never chosen
        assertThat(routing.getString("assignee.name")).isNotEqualTo("Maria Alvarez");
        assertThat(routing.getList("excluded.findAll { e -> e.radiologists.any { it.name == 'Maria Alvarez' } }"
                + ".because.flatten().rule", String.class)).contains("LicensedInPatientJurisdiction");
    }

    @Test
    void a_workitem_whose_archive_cannot_answer_is_kept_unroutable_and_enriched_by_the_retry() throws Exception {
        String study = Uids.newStudyUid();
        archive.refuse(study, 503);

        HttpResponse<String> created = create(study);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, String> waiting = task(study);
        assertThat(waiting.get("facility_code")).isNull();
        assertThat(waiting).containsEntry("state", "SCHEDULED").containsEntry("outcome", "PENDING")
                .containsEntry("detail", "archive " + archive.name() + " not asked: the archive answered HTTP 503");

        archive.answer(study, DALLAS);
        long deadline = System.nanoTime() + 75_000_000_000L; // the retry runs every 30 s, a task waits >= 30 s
        Map<String, String> enriched = task(study);
        while (enriched.get("facility_code") == null && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            enriched = task(study);
        }
        assertThat(enriched).containsEntry("facility_code", "tx-dallas").containsEntry("outcome", "ENRICHED")
                .containsEntry("body_part", "HEAD");
        assertThat(UpsRsClient.tasksFor(study)).isEqualTo(1);
    }

    @Test
    void a_workitem_sent_with_the_telerad_archive_client_token_is_enriched_from_local_orthanc() {
        String study = Uids.newStudyUid();

        HttpResponse<String> created = UpsRsClient.create(study);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // the client identified local-orthanc and Telerad asked it: whatever runs at its configured address knows
        // no series of a study nobody stored (or nothing answers there), so the task waits for the retry
        assertThat(task(study)).containsEntry("state", "SCHEDULED").containsEntry("outcome", "PENDING")
                .hasEntrySatisfying("detail", d -> assertThat(d).startsWith("archive local-orthanc not asked: "));
    }

    /** The dcm4chee {@code ups:} payload for the study, posted by the fake archive with its static token. */
    private static HttpResponse<String> create(String study) {
        return UpsRsClient.post(FakeArchiveQido.workitemsUrl(), archive.token(), UpsRsClient.DICOM_JSON,
                UpsRsClient.payload("json", study));
    }

    /** The task's routing explanation; routing runs after the intake commits, so wait for it (at most 5 s). */
    private static JsonPath routingOf(String workitemUid) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        io.restassured.response.Response r = Stack.api("credentialing").get("/tasks/{uid}/routing", workitemUid);
        while (r.statusCode() == 404 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            r = Stack.api("credentialing").get("/tasks/{uid}/routing", workitemUid);
        }
        return r.then().statusCode(200).extract().jsonPath();
    }

    /** The study's task with its enrichment outcome, read from the database. */
    private static Map<String, String> task(String study) {
        try (Connection c = Stack.appDatabase();
                PreparedStatement s = c.prepareStatement("select t.workitem_uid, t.state, t.facility_code, t.modality,"
                        + " t.body_part, t.institution_name, e.outcome, e.detail from routing_reading_task t"
                        + " left join routing_task_enrichment e on e.workitem_uid = t.workitem_uid"
                        + " where t.study_instance_uid = ?")) {
            s.setString(1, study);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a task for the study").isTrue();
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
