package org.telerad.routing.upsrs.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.problem.TeleradException;

class SubscriptionFilterTest {

    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    static ReadingTask dallasCt(Priority priority) {
        return ReadingTask.schedule(WorkitemUid.of("2.25.77"),
                ReadingRequests.withPriority(ReadingRequests.ctFromDallas(), priority), NOW);
    }

    static SubscriptionFilter filter(Map<String, List<String>> keys) {
        return SubscriptionFilter.of(keys);
    }

    @Test
    void a_facility_filter_hears_only_about_that_facility() {
        assertThat(filter(Map.of("facility", List.of("tx-dallas"))).matches(dallasCt(Priority.MEDIUM))).isTrue();
        assertThat(filter(Map.of("facility", List.of("tx-houston"))).matches(dallasCt(Priority.MEDIUM))).isFalse();
    }

    @Test
    void priority_keys_given_twice_match_either_value_in_keyword_or_tag_form() {
        SubscriptionFilter urgent = filter(Map.of("ScheduledProcedureStepPriority", List.of("HIGH", "MEDIUM")));
        SubscriptionFilter high = filter(Map.of("00741200", List.of("HIGH")));

        assertThat(urgent.matches(dallasCt(Priority.MEDIUM))).isTrue();
        assertThat(urgent.matches(dallasCt(Priority.LOW))).isFalse();
        assertThat(high.matches(dallasCt(Priority.HIGH))).isTrue();
        assertThat(high.matches(dallasCt(Priority.MEDIUM))).isFalse();
    }

    @Test
    void a_performer_filter_hears_about_a_workitem_once_it_is_assigned_to_that_performer() {
        SubscriptionFilter mine = filter(Map.of(
                "ScheduledHumanPerformersSequence.HumanPerformerCodeSequence.CodeValue", List.of("rad-tx")));
        ReadingTask task = dallasCt(Priority.MEDIUM);

        assertThat(mine.matches(task)).isFalse();
        task.assignTo(Performer.of(null, "rad-tx", "Texas^Riley", null), null, NOW);
        assertThat(mine.matches(task)).isTrue();
    }

    @Test
    void every_key_must_match_and_the_text_form_reads_back_the_same_filter() {
        SubscriptionFilter both = filter(Map.of("facility", List.of("tx-dallas"), "ProcedureStepState",
                List.of("SCHEDULED"), "deletionlock", List.of("true")));

        assertThat(both.text()).isEqualTo("ProcedureStepState=SCHEDULED&facility=tx-dallas");
        assertThat(SubscriptionFilter.parse(both.text())).isEqualTo(both);
        assertThat(both.matches(dallasCt(Priority.LOW))).isTrue();
        assertThat(filter(Map.of("facility", List.of("tx-dallas"), "WorklistLabel", List.of("NEURO")))
                .matches(dallasCt(Priority.LOW))).isFalse();
    }

    @Test
    void no_matching_keys_make_no_filter_and_an_unknown_key_is_refused_by_name() {
        assertThat(filter(Map.of("deletionlock", List.of("true")))).isNull();
        assertThatThrownBy(() -> filter(Map.of("PatientName", List.of("Doe*")))).isInstanceOf(TeleradException.class)
                .hasMessageContaining("PatientName");
    }

    @Test
    void an_unfiltered_or_workitem_subscription_always_hears_a_filtered_global_one_only_on_a_match() {
        ReadingTask task = dallasCt(Priority.MEDIUM);

        assertThat(EventReports.hears(new Subscription("AE", "*", false, false), task)).isTrue();
        assertThat(EventReports.hears(new Subscription("AE", "2.25.77", false, false), task)).isTrue();
        assertThat(EventReports.hears(new Subscription("AE", "*", false, false, "facility=tx-houston"), task)).isFalse();
        assertThat(EventReports.hears(new Subscription("AE", "*", false, false, "facility=tx-dallas"), task)).isTrue();
    }
}
