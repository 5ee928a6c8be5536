package org.telerad.it.upsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.upsrs.UpsRsClient.archiveToken;
import static org.telerad.it.upsrs.UpsRsClient.changeState;
import static org.telerad.it.upsrs.UpsRsClient.create;
import static org.telerad.it.upsrs.UpsRsClient.get;
import static org.telerad.it.upsrs.UpsRsClient.tasksFor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Uids;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomJson;
import org.telerad.shared.dicom.Tag;

/** UPS-RS create, query, retrieve, claim and complete, as dcm4chee-arc-light and a performer use them. */
class UpsRsWorkitemsIT {

    @Test
    void the_dcm4chee_ups_payload_creates_a_workitem_at_a_location_under_rs_workitems() {
        String study = Uids.newStudyUid();

        HttpResponse<String> created = create(study);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).matches(".*/telerad/rs/workitems/2\\.25\\.[0-9]+"));
        assertThat(tasksFor(study)).isEqualTo(1);
    }

    @Test
    void posting_the_same_study_again_updates_the_one_task_and_says_so() {
        String study = Uids.newStudyUid();
        String first = create(study).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> again = create(study);

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Location")).contains(first);
        assertThat(again.headers().firstValue("Warning")).hasValueSatisfying(w -> assertThat(w)
                .startsWith("299 telerad:").contains("not duplicated"));
        assertThat(tasksFor(study)).isEqualTo(1);
    }

    @Test
    void the_same_study_posted_concurrently_becomes_exactly_one_task() throws Exception {
        String study = Uids.newStudyUid();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                posts.add(() -> create(study));
            }
            List<String> locations = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(posts)) {
                assertThat(f.get().statusCode()).isEqualTo(201);
                locations.add(f.get().headers().firstValue("Location").orElseThrow());
            }
            assertThat(locations).containsOnly(locations.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(tasksFor(study)).isEqualTo(1);
    }

    @Test
    void a_query_by_study_instance_uid_finds_the_workitem_in_keyword_and_tag_forms() {
        String study = Uids.newStudyUid();
        String location = create(study).headers().firstValue("Location").orElseThrow();
        String uid = location.substring(location.lastIndexOf('/') + 1);

        for (String key : List.of("StudyInstanceUID", "0020000D", "InputInformationSequence.StudyInstanceUID",
                "0040A370.0020000D")) {
            HttpResponse<String> found = get("/workitems?" + key + "=" + study + "&includefield=all",
                    archiveToken());
            assertThat(found.statusCode()).as(key).isEqualTo(200);
            assertThat(found.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/dicom+json"));
            List<DicomAttributes> items = DicomJson.standard().readList(found.body());
            assertThat(items).as(key).singleElement().satisfies(w -> {
                assertThat(w.string(Tag.SOPInstanceUID)).contains(uid);
                assertThat(w.string(Tag.ProcedureStepState)).contains("SCHEDULED");
                assertThat(w.has(Tag.TransactionUID)).isFalse();
            });
        }
        assertThat(get("/workitems?StudyInstanceUID=" + Uids.newStudyUid(), archiveToken()).statusCode()).isEqualTo(204);
    }

    @Test
    void a_claimed_workitem_is_completed_only_with_the_transaction_uid_that_claimed_it() {
        String location = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();
        String token = archiveToken();

        HttpResponse<String> claimed = changeState(location, token, "IN PROGRESS", "1.2.826.0.1.3680043.10.1.1");
        assertThat(claimed.statusCode()).isEqualTo(200);

        HttpResponse<String> secondClaim = changeState(location, token, "IN PROGRESS", "1.2.826.0.1.3680043.10.1.9");
        assertThat(secondClaim.statusCode()).isEqualTo(409);
        assertThat(secondClaim.headers().firstValue("Warning")).hasValueSatisfying(
                w -> assertThat(w).contains("already IN PROGRESS"));

        HttpResponse<String> wrong = changeState(location, token, "COMPLETED", "1.2.826.0.1.3680043.10.1.2");
        assertThat(wrong.statusCode()).isEqualTo(409);
        assertThat(wrong.headers().firstValue("Warning")).hasValueSatisfying(
                w -> assertThat(w).startsWith("299 telerad:").contains("Transaction UID"));
        assertThat(wrong.body()).contains("TELERAD-TASK-011");
        assertThat(state(location)).isEqualTo("IN PROGRESS");

        HttpResponse<String> completed = changeState(location, token, "COMPLETED", "1.2.826.0.1.3680043.10.1.1");
        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(state(location)).isEqualTo("COMPLETED");

        HttpResponse<String> again = changeState(location, token, "COMPLETED", "1.2.826.0.1.3680043.10.1.1");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Warning")).hasValueSatisfying(
                w -> assertThat(w).contains("already in the requested state"));
    }

    @Test
    void a_scheduled_workitem_cannot_be_completed_before_it_is_claimed() {
        String location = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> refused = changeState(location, archiveToken(), "COMPLETED", "1.2.3.4");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("TELERAD-TASK-013");
        assertThat(state(location)).isEqualTo("SCHEDULED");
    }

    @Test
    void a_cancellation_request_cancels_a_scheduled_workitem() {
        String location = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> accepted = UpsRsClient.send("POST", location + "/cancelrequest/ORTHANC", archiveToken(),
                null, null);

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(state(location)).isEqualTo("CANCELED");
        assertThat(UpsRsClient.send("POST", location + "/cancelrequest", archiveToken(), null, null).statusCode())
                .isEqualTo(409);
    }

    @Test
    void an_update_changes_the_priority_of_a_scheduled_workitem() {
        String location = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();

        HttpResponse<String> updated = UpsRsClient.post(location, archiveToken(), UpsRsClient.DICOM_JSON,
                "{\"00741200\":{\"vr\":\"CS\",\"Value\":[\"HIGH\"]}}");

        assertThat(updated.statusCode()).isEqualTo(200);
        DicomAttributes workitem = DicomJson.standard().read(get(location, archiveToken()).body());
        assertThat(workitem.string(Tag.ScheduledProcedureStepPriority)).contains("HIGH");
    }

    @Test
    void an_unknown_workitem_is_not_found() {
        HttpResponse<String> missing = get("/workitems/2.25.1", archiveToken());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Warning")).isPresent();
    }

    @Test
    void the_radiologist_a_workitem_is_assigned_to_sees_claims_and_completes_it_and_no_one_else_may() {
        String study = Uids.newStudyUid();
        String location = create(study).headers().firstValue("Location").orElseThrow();
        String other = create(Uids.newStudyUid()).headers().firstValue("Location").orElseThrow();
        assertThat(assign(location, "rad-tx").statusCode()).isEqualTo(200);
        assertThat(assign(other, "rad-elsewhere").statusCode()).isEqualTo(200);
        String radiologist = org.telerad.it.support.Stack.token("rad-tx");

        HttpResponse<String> mine = get("/workitems?ScheduledHumanPerformersSequence.HumanPerformerCodeSequence"
                + ".CodeValue=rad-tx&StudyInstanceUID=" + study, radiologist);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(DicomJson.standard().readList(mine.body())).singleElement().satisfies(w -> assertThat(
                w.item(Tag.ScheduledHumanPerformersSequence).flatMap(p -> p.item(Tag.HumanPerformerCodeSequence))
                        .flatMap(c -> c.string(Tag.CodeValue))).contains("rad-tx"));
        assertThat(get(other, radiologist).statusCode()).isEqualTo(404);
        HttpResponse<String> notMine = changeState(other, radiologist, "IN PROGRESS", "1.2.826.0.1.3680043.10.2.1");
        assertThat(notMine.statusCode()).isEqualTo(409);
        assertThat(notMine.body()).contains("TELERAD-TASK-016");

        assertThat(changeState(location, radiologist, "IN PROGRESS", "1.2.826.0.1.3680043.10.2.2").statusCode())
                .isEqualTo(200);
        assertThat(changeState(location, radiologist, "COMPLETED", "1.2.826.0.1.3680043.10.2.2").statusCode())
                .isEqualTo(200);
        assertThat(state(location)).isEqualTo("COMPLETED");
    }

    private static HttpResponse<String> assign(String location, String username) {
        return UpsRsClient.post(location, archiveToken(), UpsRsClient.DICOM_JSON, "{\"00404034\":{\"vr\":\"SQ\","
                + "\"Value\":[{\"00404009\":{\"vr\":\"SQ\",\"Value\":[{\"00080100\":{\"vr\":\"SH\",\"Value\":[\""
                + username + "\"]},\"00080102\":{\"vr\":\"SH\",\"Value\":[\"99TELERAD\"]},"
                + "\"00080104\":{\"vr\":\"LO\",\"Value\":[\"" + username + "\"]}}]},"
                + "\"00404037\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Reader^Test\"}]}}]}}");
    }

    private static String state(String location) {
        HttpResponse<String> workitem = get(location, archiveToken());
        assertThat(workitem.statusCode()).isEqualTo(200);
        return DicomJson.standard().read(workitem.body()).string(Tag.ProcedureStepState).orElseThrow();
    }
}
