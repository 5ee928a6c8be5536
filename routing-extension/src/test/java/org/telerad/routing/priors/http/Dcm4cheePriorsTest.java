package org.telerad.routing.priors.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telerad.routing.priors.domain.ArchiveUnreachable;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsSource;

/**
 * Contract: the dcm4chee adapter against a JDK HttpServer answering at exactly dcm4chee-arc-light 5.35's paths
 * (DCM4CHEE.md §2): QIDO-RS {@code /dcm4chee-arc/aets/{AET}/rs/studies} and RetrieveRS
 * {@code /dcm4chee-arc/aets/{AET}/dimse/{ExternalAET}/studies/{uid}/export/dicom:{Dest}}.
 */
class Dcm4cheePriorsTest {

    RecordingServer arc;
    final Dcm4cheePriors adapter = new Dcm4cheePriors();

    @BeforeEach
    void start() throws Exception {
        arc = new RecordingServer();
    }

    @AfterEach
    void stop() {
        arc.close();
    }

    PriorsSource archive() {
        return PriorsSource.dcm4chee("eu-dcm4chee", "EU", URI.create(arc.base() + "/dcm4chee-arc/aets/DCM4CHEE/rs"),
                "DCM4CHEE", "HOSPITAL_PACS", "TELERAD_READ");
    }

    @Test
    void dcm4chee_arc_light_5_35_qido_studies_of_the_patient_with_date_description_and_modalities() {
        arc.answer("GET /dcm4chee-arc/aets/DCM4CHEE/rs/studies", 200, "application/dicom+json", """
                [{"0020000D":{"vr":"UI","Value":["1.2.3.1"]},"00080020":{"vr":"DA","Value":["20250301"]},
                  "00081030":{"vr":"LO","Value":["CT CHEST"]},"00080061":{"vr":"CS","Value":["CT","SR"]}},
                 {"0020000D":{"vr":"UI","Value":["1.2.3.2"]}}]""");

        List<PriorStudy> found = adapter.studiesOf(archive(), "PAT 7^X");

        assertThat(found).containsExactly(new PriorStudy("1.2.3.1", "20250301", "CT CHEST", "CT\\SR"),
                new PriorStudy("1.2.3.2", null, null, null));
        RecordingServer.Request qido = arc.requests.get(0);
        assertThat(qido.method()).isEqualTo("GET");
        assertThat(qido.query()).isEqualTo("PatientID=PAT+7%5EX&includefield=00081030,00080061,00080020");
    }

    @Test
    void no_content_means_no_priors() {
        arc.answer("GET /dcm4chee-arc/aets/DCM4CHEE/rs/studies", 204, "application/dicom+json", "");

        assertThat(adapter.studiesOf(archive(), "PAT-7")).isEmpty();
    }

    @Test
    void dcm4chee_arc_light_5_35_export_dicom_retrieves_the_prior_from_the_external_ae() {
        arc.answer("POST /dcm4chee-arc/aets/DCM4CHEE/dimse/HOSPITAL_PACS/studies/1.2.3.1/export/dicom:TELERAD_READ",
                200, "application/json", "{\"completed\":12,\"warning\":0,\"failed\":0}");

        assertThat(adapter.bring(archive(), PriorStudy.of("1.2.3.1"))).isEqualTo(PriorState.REQUESTED);

        assertThat(arc.requests).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo(
                    "/dcm4chee-arc/aets/DCM4CHEE/dimse/HOSPITAL_PACS/studies/1.2.3.1/export/dicom:TELERAD_READ");
        });
    }

    @Test
    void a_refused_export_is_unreachable_with_the_status() {
        arc.answer("POST /dcm4chee-arc/aets/DCM4CHEE/dimse/HOSPITAL_PACS/studies/1.2.3.1/export/dicom:TELERAD_READ",
                502, "application/json", "{\"errorMessage\":\"Connection refused\"}");

        assertThatThrownBy(() -> adapter.bring(archive(), PriorStudy.of("1.2.3.1")))
                .isInstanceOf(ArchiveUnreachable.class).hasMessageContaining("answered HTTP 502");
    }
}
