package org.telerad.routing.priors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.ArchiveUnreachable;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsSource;

/** The Orthanc adapter against a JDK HttpServer answering at Orthanc's REST paths. */
class OrthancPriorsTest {

    RecordingServer orthanc;
    final OrthancPriors adapter = new OrthancPriors();

    @BeforeEach
    void start() throws Exception {
        orthanc = new RecordingServer();
    }

    @AfterEach
    void stop() {
        orthanc.close();
    }

    PriorsSource local() {
        return PriorsSource.orthanc("local-orthanc", URI.create(orthanc.base() + "/dicom-web"));
    }

    @Test
    void finds_the_patients_studies_with_tools_find_then_each_study_and_its_series() throws Exception {
        orthanc.answer("POST /tools/find", 200, "application/json", "[\"aaa-111\",\"bbb-222\",\"ccc-333\"]");
        orthanc.answer("GET /studies/aaa-111", 200, "application/json", """
                {"ID":"aaa-111","MainDicomTags":{"StudyInstanceUID":"1.2.3.1","StudyDate":"20250301",
                 "StudyDescription":"CT CHEST"},"PatientMainDicomTags":{"PatientID":"PAT-7"}}""");
        orthanc.answer("GET /studies/aaa-111/series", 200, "application/json", """
                [{"MainDicomTags":{"Modality":"CT"}},{"MainDicomTags":{"Modality":"SR"}},
                 {"MainDicomTags":{"Modality":"CT"}}]""");
        orthanc.answer("GET /studies/bbb-222", 200, "application/json", """
                {"ID":"bbb-222","MainDicomTags":{"StudyInstanceUID":"1.2.3.2"},
                 "PatientMainDicomTags":{"PatientID":"PAT-7"}}""");
        orthanc.answer("GET /studies/bbb-222/series", 200, "application/json", "[]");
        // a wildcard match of another patient is dropped
        orthanc.answer("GET /studies/ccc-333", 200, "application/json", """
                {"ID":"ccc-333","MainDicomTags":{"StudyInstanceUID":"1.2.3.3"},
                 "PatientMainDicomTags":{"PatientID":"PAT-70"}}""");

        List<PriorStudy> found = adapter.studiesOf(local(), "PAT-7");

        assertThat(found).containsExactly(new PriorStudy("1.2.3.1", "20250301", "CT CHEST", "CT\\SR"),
                new PriorStudy("1.2.3.2", null, null, null));
        JsonNode find = new ObjectMapper().readTree(orthanc.requests.get(0).body());
        assertThat(find.path("Level").asText()).isEqualTo("Study");
        assertThat(find.path("Query").path("PatientID").asText()).isEqualTo("PAT-7");
    }

    @Test
    void a_study_orthanc_holds_is_available_without_a_move() {
        assertThat(adapter.bring(local(), PriorStudy.of("1.2.3.1"))).isEqualTo(PriorState.AVAILABLE);
        assertThat(orthanc.requests).isEmpty();
    }

    @Test
    void a_prior_on_a_remote_modality_is_moved_with_modalities_move() throws Exception {
        orthanc.answer("POST /modalities/remote-pacs/move", 200, "application/json",
                "{\"ID\":\"job-1\",\"Path\":\"/jobs/job-1\"}");
        PriorsSource remote = new PriorsSource("local-orthanc", ArchiveKind.ORTHANC, "US",
                URI.create(orthanc.base() + "/dicom-web"), null, null, null, "READER", "remote-pacs");

        assertThat(adapter.bring(remote, PriorStudy.of("1.2.3.1"))).isEqualTo(PriorState.REQUESTED);

        RecordingServer.Request move = orthanc.requests.get(0);
        assertThat(move.method()).isEqualTo("POST");
        assertThat(move.path()).isEqualTo("/modalities/remote-pacs/move");
        JsonNode body = new ObjectMapper().readTree(move.body());
        assertThat(body.path("Level").asText()).isEqualTo("Study");
        assertThat(body.path("Resources").get(0).path("StudyInstanceUID").asText()).isEqualTo("1.2.3.1");
        assertThat(body.path("TargetAet").asText()).isEqualTo("READER");
        assertThat(body.path("Asynchronous").asBoolean()).isTrue();
    }

    @Test
    void an_orthanc_error_is_unreachable_and_names_the_path_only() {
        orthanc.answer("POST /tools/find", 500, "application/json", "{}");

        assertThatThrownBy(() -> adapter.studiesOf(local(), "PAT-7")).isInstanceOf(ArchiveUnreachable.class)
                .hasMessage("/tools/find answered HTTP 500").hasMessageNotContaining("PAT-7");
    }
}
