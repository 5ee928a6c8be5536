package org.telerad.routing.orthanc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.routing.orthanc.testing.OrthancStudies;
import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.Priority;

class ChangeFeedTest {

    @Test
    void each_study_is_cued_once_in_the_order_first_mentioned_and_stable_wins_over_new() {
        List<ChangeFeed.StudyCue> cues = ChangeFeed.cues(List.of(OrthancChange.newStudy(1, "a"),
                new OrthancChange(2, "NewInstance", "Instance", "i1"), OrthancChange.newStudy(3, "b"),
                OrthancChange.stableStudy(4, "a"), new OrthancChange(5, "StableSeries", "Series", "s1")));

        assertThat(cues).containsExactly(new ChangeFeed.StudyCue("a", true), new ChangeFeed.StudyCue("b", false));
    }

    @Test
    void a_routine_study_that_is_not_stable_is_not_taken_in_yet() {
        assertThat(ChangeFeed.requestFor(new ChangeFeed.StudyCue("o1", false),
                OrthancStudies.ctHeadFromDallas("o1", "2.25.1"), StatRule.defaults(), "local-orthanc", "ORTHANC"))
                .isEmpty();
    }

    @Test
    void a_stat_study_is_taken_in_incomplete_at_its_first_instance() {
        var request = ChangeFeed.requestFor(new ChangeFeed.StudyCue("o1", false),
                OrthancStudies.strokeCtFromDallas("o1", "2.25.2"), StatRule.defaults(), "local-orthanc", "ORTHANC")
                .orElseThrow();

        assertThat(request.priority()).isEqualTo(Priority.HIGH);
        assertThat(request.inputReadiness()).isEqualTo(InputReadiness.INCOMPLETE);
        assertThat(request.sourceArchive()).isEqualTo("local-orthanc");
        assertThat(request.request().accessionNumber()).isEqualTo("ACC-o1");
        assertThat(request.facts().institutionName()).isEqualTo("Dallas Regional Imaging Center");
    }

    @Test
    void the_stat_rule_reads_the_requested_procedure_priority_and_the_study_description() {
        OrthancStudy routine = OrthancStudies.ctHeadFromDallas("o1", "2.25.3");
        OrthancStudy byPriority = new OrthancStudy("o1", "2.25.3", null, null, "CT HEAD", null, null, "stat", null,
                routine.series());

        assertThat(StatRule.defaults().why(routine)).isEmpty();
        assertThat(StatRule.defaults().why(byPriority)).contains("Requested Procedure Priority is STAT");
        assertThat(StatRule.defaults().why(OrthancStudies.strokeCtFromDallas("o1", "2.25.3"))).isPresent();
        assertThat(StatRule.matching("(?i)trauma").why(OrthancStudies.strokeCtFromDallas("o1", "2.25.3"))).isEmpty();
        assertThat(StatRule.defaults().why(new OrthancStudy("o1", "2.25.3", null, null, "STATUS POST SURGERY",
                null, null, null, null, List.of()))).isEmpty();
    }

    @Test
    void the_modality_and_body_part_come_from_the_first_imaging_series() {
        OrthancStudy study = new OrthancStudy("o1", "2.25.4", null, null, null, null, null, null, null,
                List.of(new OrthancSeries("2.25.4.9", "SR", null, List.of()),
                        new OrthancSeries("2.25.4.1", "CR", "CHEST", List.of("2.25.4.1.1"))));

        var request = study.toReadingRequest(Priority.LOW, InputReadiness.READY, "local-orthanc", "ORTHANC");

        assertThat(request.facts().modality()).isEqualTo("CR");
        assertThat(request.facts().bodyPart()).isEqualTo("CHEST");
        assertThat(request.procedureStepLabel()).isEqualTo("CR read");
        assertThat(request.inputs()).hasSize(2);
    }

    @Test
    void a_birth_date_is_read_leniently() {
        assertThat(OrthancStudy.birthDate("19700102")).hasToString("1970-01-02");
        assertThat(OrthancStudy.birthDate("1970")).isNull();
        assertThat(OrthancStudy.birthDate("19701302")).isNull();
        assertThat(OrthancStudy.birthDate(null)).isNull();
    }
}
