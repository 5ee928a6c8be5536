package org.telerad.routing.upsrs.qido;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.routing.enrichment.domain.ArchiveUnreachable;
import org.telerad.routing.enrichment.domain.SeriesFacts;
import org.telerad.routing.enrichment.domain.StudyEnrichment;

/**
 * Contract: the series-level QIDO-RS answer shaped after dcm4chee-arc-light's (fixture
 * {@code dicom/dcm4chee-qido-series.json}, see shared/src/test/resources/dicom/README.md): an array of series
 * with RetrieveAETitle, InstitutionName, BodyPartExamined, Modality, IS as JSON numbers and private attributes.
 */
class Dcm4cheeQidoSeriesContractTest {

    static byte[] fixture() {
        try (InputStream in = Dcm4cheeQidoSeriesContractTest.class.getResourceAsStream("/dicom/dcm4chee-qido-series.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_series_of_the_dcm4chee_answer_is_read_with_modality_body_part_institution_and_retrieve_ae() {
        List<SeriesFacts> series = QidoSeriesAnswer.read(fixture());

        assertThat(series).hasSize(2);
        assertThat(series).extracting(SeriesFacts::seriesInstanceUid).containsExactly(
                "2.25.90312668004912764386122095317208412214", "2.25.301557848921744382750319917266140287165");
        SeriesFacts first = series.get(0);
        assertThat(first.modality()).isEqualTo("CT");
        assertThat(first.bodyPart()).isEqualTo("HEAD");
        assertThat(first.institutionName()).isEqualTo("Baylor Scott & White – Dallas");
        assertThat(first.retrieveAeTitle()).isEqualTo("DCM4CHEE");
        assertThat(first.studyDescription()).isNull();
    }

    @Test
    void the_dcm4chee_answer_enriches_the_study_and_names_its_retrieve_ae_per_series() {
        StudyEnrichment e = StudyEnrichment.of(QidoSeriesAnswer.read(fixture()));

        assertThat(e.facts().modality()).isEqualTo("CT");
        assertThat(e.facts().bodyPart()).isEqualTo("HEAD");
        assertThat(e.facts().institutionName()).isEqualTo("Baylor Scott & White – Dallas");
        assertThat(e.institutionNames()).containsExactly("Baylor Scott & White – Dallas");
        assertThat(e.retrieveAeTitles()).containsEntry("2.25.90312668004912764386122095317208412214", "DCM4CHEE")
                .hasSize(2);
        assertThat(e.origin(List.of("DCM4CHEE")).archiveAeTitles()).containsExactly("DCM4CHEE");
    }

    @Test
    void an_empty_answer_is_no_series_and_a_malformed_one_is_an_archive_failure() {
        assertThat(QidoSeriesAnswer.read(new byte[0])).isEmpty();
        assertThat(QidoSeriesAnswer.read("[]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThatThrownBy(() -> QidoSeriesAnswer.read("{\"not\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ArchiveUnreachable.class).hasMessageContaining("not DICOM JSON");
    }
}
