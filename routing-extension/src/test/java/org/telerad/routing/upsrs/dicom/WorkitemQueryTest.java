package org.telerad.routing.upsrs.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.shared.problem.TeleradException;

class WorkitemQueryTest {

    @Test
    void keyword_and_tag_forms_of_a_matching_key_mean_the_same() {
        WorkitemQuery byKeyword = WorkitemQuery.parse(Map.of("ProcedureStepState", List.of("IN PROGRESS"),
                "ScheduledHumanPerformersSequence.HumanPerformerCodeSequence.CodeValue", List.of("rad-tx")));
        WorkitemQuery byTag = WorkitemQuery.parse(Map.of("00741000", List.of("IN PROGRESS"),
                "00404034.00404009.00080100", List.of("rad-tx")));

        assertThat(byKeyword).isEqualTo(byTag);
        assertThat(byKeyword.criteria().states()).containsExactly(ProcedureStepState.IN_PROGRESS);
        assertThat(byKeyword.criteria().performerCode()).isEqualTo("rad-tx");
    }

    @Test
    void study_uids_may_be_listed_and_paging_is_read() {
        WorkitemQuery q = WorkitemQuery.parse(Map.of("StudyInstanceUID", List.of("1.2.3,1.2.4"),
                "ScheduledProcedureStepPriority", List.of("HIGH"), "limit", List.of("5"), "offset", List.of("10"),
                "includefield", List.of("all")));

        assertThat(q.criteria().studyInstanceUids()).containsExactly("1.2.3", "1.2.4");
        assertThat(q.criteria().priorities()).containsExactly(Priority.HIGH);
        assertThat(q.limit()).isEqualTo(5);
        assertThat(q.offset()).isEqualTo(10);
    }

    @Test
    void an_unsupported_key_is_refused_by_name_rather_than_ignored() {
        assertThatThrownBy(() -> WorkitemQuery.parse(Map.of("PatientAge", List.of("42"))))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-UPS-020");
                    assertThat(e.violations().get(0).field()).isEqualTo("PatientAge");
                });
    }
}
