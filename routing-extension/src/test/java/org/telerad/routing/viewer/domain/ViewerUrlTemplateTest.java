package org.telerad.routing.viewer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;

class ViewerUrlTemplateTest {

    @Test
    void fills_the_study_instance_uid_into_a_path_on_telerads_own_origin() {
        assertThat(ViewerUrlTemplate.of(ViewerTemplates.DEFAULT).forStudy("2.25.42"))
                .isEqualTo("/ohif/viewer?StudyInstanceUIDs=2.25.42");
    }

    @Test
    void fills_every_occurrence_in_an_archive_viewer_url() {
        ViewerUrlTemplate weasis = ViewerUrlTemplate.of(
                "https://pacs.example.org/weasis-pacs-connector/weasis?studyUID={studyInstanceUid}&ref={studyInstanceUid}");
        assertThat(weasis.forStudy("1.2.3")).isEqualTo(
                "https://pacs.example.org/weasis-pacs-connector/weasis?studyUID=1.2.3&ref=1.2.3");
    }

    @Test
    void refuses_a_template_without_the_study_placeholder() {
        assertThatThrownBy(() -> ViewerUrlTemplate.of("/ohif/viewer")).isInstanceOf(TeleradException.class)
                .hasMessageContaining("{studyInstanceUid}");
    }

    @Test
    void refuses_any_other_placeholder_so_that_no_patient_data_or_token_reaches_a_url() {
        assertThatThrownBy(() -> ViewerUrlTemplate.of("/v?study={studyInstanceUid}&patient={patientId}"))
                .isInstanceOf(TeleradException.class).hasMessageContaining("{patientId}");
        assertThatThrownBy(() -> ViewerUrlTemplate.of("/v?study={studyInstanceUid}&t={token}"))
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void refuses_credentials_in_the_query() {
        assertThatThrownBy(() -> ViewerUrlTemplate.of("https://v.example.org/?s={studyInstanceUid}&access_token=abc"))
                .isInstanceOf(TeleradException.class).hasMessageContaining("never carries credentials");
        assertThatThrownBy(() -> ViewerUrlTemplate.of("https://v.example.org/#id_token=x&s={studyInstanceUid}"))
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void refuses_other_schemes_protocol_relative_urls_and_spaces() {
        assertThatThrownBy(() -> ViewerUrlTemplate.of("javascript:alert({studyInstanceUid})"))
                .isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> ViewerUrlTemplate.of("//evil.example.org/?s={studyInstanceUid}"))
                .isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> ViewerUrlTemplate.of("/v?s={studyInstanceUid} x")).isInstanceOf(TeleradException.class);
    }

    @Test
    void fills_in_only_a_well_formed_uid() {
        ViewerUrlTemplate template = ViewerUrlTemplate.of(ViewerTemplates.DEFAULT);
        assertThatThrownBy(() -> template.forStudy("1.2.3&x=<script>")).isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> template.forStudy(null)).isInstanceOf(TeleradException.class);
    }
}
