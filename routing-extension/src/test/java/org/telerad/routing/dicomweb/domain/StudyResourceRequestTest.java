package org.telerad.routing.dicomweb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;

class StudyResourceRequestTest {

    static final String STUDY = "2.25.318270112845506128510416130016103003";

    @Test
    void a_study_search_naming_one_study_is_accepted_and_forwarded_as_it_came() {
        StudyResourceRequest r = StudyResourceRequest.parse("/studies", "StudyInstanceUID=" + STUDY
                + "&includefield=00081030");

        assertThat(r.studyInstanceUid()).isEqualTo(STUDY);
        assertThat(r.pathAndQuery()).isEqualTo("/studies?StudyInstanceUID=" + STUDY + "&includefield=00081030");
    }

    @Test
    void the_study_resources_below_its_uid_are_accepted() {
        assertThat(StudyResourceRequest.parse("/studies/" + STUDY + "/series", null).studyInstanceUid())
                .isEqualTo(STUDY);
        assertThat(StudyResourceRequest.parse("/studies/" + STUDY + "/series/1.2.3/metadata", null).pathAndQuery())
                .isEqualTo("/studies/" + STUDY + "/series/1.2.3/metadata");
        assertThat(StudyResourceRequest.parse("/studies/" + STUDY + "/series/1.2/instances/1.3/frames/1,2", null)
                .studyInstanceUid()).isEqualTo(STUDY);
    }

    @Test
    void a_search_without_a_study_is_refused_because_it_would_list_patients() {
        assertThatThrownBy(() -> StudyResourceRequest.parse("/studies", null))
                .isInstanceOf(TeleradException.class).hasMessageContaining("no patient lists");
        assertThatThrownBy(() -> StudyResourceRequest.parse("/studies", "PatientName=Doe*"))
                .hasMessageContaining("exactly one StudyInstanceUID");
    }

    @Test
    void a_search_for_several_studies_or_a_pattern_is_refused() {
        assertThatThrownBy(() -> StudyResourceRequest.parse("/studies", "StudyInstanceUID=1.2,1.3"))
                .isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> StudyResourceRequest.parse("/studies", "StudyInstanceUID=1.2*"))
                .isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> StudyResourceRequest.parse("/studies", "StudyInstanceUID=1.2&StudyInstanceUID=1.3"))
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void series_and_instance_searches_across_studies_and_odd_paths_are_refused() {
        assertThatThrownBy(() -> StudyResourceRequest.parse("/series", "StudyInstanceUID=1.2"))
                .isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> StudyResourceRequest.parse("/instances", null)).isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> StudyResourceRequest.parse("/studies/1.2/../../tools", null))
                .isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> StudyResourceRequest.parse("/studies/not-a-uid/series", null))
                .isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> StudyResourceRequest.parse(null, null)).isInstanceOf(TeleradException.class);
        assertThatThrownBy(() -> StudyResourceRequest.parse("/studies/1.2", "a=<script>"))
                .isInstanceOf(TeleradException.class);
    }
}
