package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.shared.dicom.DicomFixtures.QIDO_SERIES_JSON;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract test: a series-level QIDO-RS answer of dcm4chee-arc-light, where institution and body part live. */
class Dcm4cheeQidoSeriesContractTest {

    private final List<DicomAttributes> series = DicomJson.standard().readList(DicomFixtures.bytes(QIDO_SERIES_JSON));

    @Test
    void reads_institution_body_part_modality_and_retrieve_ae_of_every_series() {
        assertThat(series).hasSize(2).allSatisfy(s -> {
            assertThat(s.string(Tag.InstitutionName)).hasValue("Baylor Scott & White – Dallas");
            assertThat(s.string(Tag.BodyPartExamined)).hasValue("HEAD");
            assertThat(s.string(Tag.Modality)).hasValue("CT");
            assertThat(s.string(Tag.RetrieveAETitle)).hasValue("DCM4CHEE");
            assertThat(s.string(Tag.RetrieveURL)).get().asString().contains("/rs/studies/");
        });
        assertThat(series).extracting(s -> s.integer(Tag.NumberOfSeriesRelatedInstances).getAsInt())
                .containsExactly(2, 3);
    }

    @Test
    void keeps_the_archives_private_attributes_without_interpreting_them() {
        Tag privateCreator = Tag.of("77770010");
        assertThat(privateCreator.isPrivate()).isTrue();
        assertThat(series.get(0).string(privateCreator)).hasValue("DCM4CHEE Archive 5");
        assertThat(series.get(0).vr(Tag.of("77771010"))).hasValue(VR.DT);
    }

    @Test
    void writes_the_list_back_byte_for_byte() {
        assertThat(DicomJson.standard().writeList(series)).isEqualTo(DicomFixtures.text(QIDO_SERIES_JSON));
    }
}
