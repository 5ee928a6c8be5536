package org.telerad.routing.assignment.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.application.RecordedDecision;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.OpenWork;
import org.telerad.routing.assignment.domain.PatientKey;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.ReaderProfiles;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryWorkload;

@ExtendWith(RoutingTables.class)
class JdbcRoutingDecisionsTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
    static final PatientKey PATIENT = PatientKey.of("MRN-77", "HOSP-A");

    final FixtureReader texan = FixtureReader.named("Dr Texas").licensedIn("US-TX").privilegedAt("tx-dallas");
    final FixtureReader californian = FixtureReader.named("Dr California").licensedIn("US-CA")
            .privilegedAt("tx-dallas");
    final Router router = new Router(new FixtureEligibility().facility("tx-dallas", "US-TX").with(texan, californian),
            new InMemoryWorkload(), Availability.everyone(), ReaderProfiles.unknown(), PreliminaryAbroadContracts.none(),
            RoutingSettings.defaults());

    RoutingDecision decide(String taskId, String modality) {
        return router.decide(RoutingRequest.of(taskId, "tx-dallas", Modality.of(modality), ReadingPriority.ROUTINE,
                ReadType.FINAL, NOW).withPatient(PATIENT, null));
    }

    @Test
    void records_a_decision_and_answers_it_with_every_exclusion_explained(DataSource db) throws Exception {
        JdbcRoutingDecisions decisions = new JdbcRoutingDecisions(db);
        decisions.record(decide("1.2.3.1", "CT"));

        RecordedDecision recorded = decisions.currentFor("1.2.3.1").orElseThrow();

        assertThat(recorded.outcome()).isEqualTo("assigned");
        assertThat(recorded.assigneeUsername()).isEqualTo(texan.username());
        assertThat(recorded.facilityCode()).isEqualTo("tx-dallas");
        JsonNode doc = new ObjectMapper().readTree(recorded.explanationJson());
        assertThat(doc.at("/assignee/name").asText()).isEqualTo("Dr Texas");
        assertThat(doc.at("/candidates/0/winner").asBoolean()).isTrue();
        assertThat(doc.at("/candidates/0/score/total").isNumber()).isTrue();
        assertThat(doc.at("/excluded/0/radiologists/0/name").asText()).isEqualTo("Dr California");
        assertThat(doc.at("/excluded/0/because/0/rule").asText()).isEqualTo("LicensedInPatientJurisdiction");
        assertThat(doc.at("/sentences").toString()).contains("Dr California was excluded: Holds no license covering US-TX");
        assertThat(recorded.explanationJson()).doesNotContain("MRN-77");
        assertThat(decisions.currentFor("1.2.3.999")).isEmpty();
    }

    @Test
    void routing_again_supersedes_the_previous_decision(DataSource db) {
        JdbcRoutingDecisions decisions = new JdbcRoutingDecisions(db);
        decisions.record(decide("1.2.3.2", "CT"));
        decisions.record(router.decide(RoutingRequest.of("1.2.3.2", "nowhere", Modality.of("CT"),
                ReadingPriority.ROUTINE, ReadType.FINAL, NOW.plusSeconds(60))));

        RecordedDecision current = decisions.currentFor("1.2.3.2").orElseThrow();

        assertThat(current.outcome()).isEqualTo("unroutable");
        assertThat(current.decidedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void open_work_is_the_effort_of_open_tasks_still_held_by_the_reader_routing_chose(DataSource db) throws Exception {
        JdbcRoutingDecisions decisions = new JdbcRoutingDecisions(db);
        task(db, "1.2.3.10", "SCHEDULED", texan.username());
        task(db, "1.2.3.11", "IN_PROGRESS", texan.username());
        task(db, "1.2.3.12", "COMPLETED", texan.username());
        task(db, "1.2.3.13", "SCHEDULED", "someone-else"); // reassigned by hand
        decisions.record(decide("1.2.3.10", "CT"));
        decisions.record(decide("1.2.3.11", "MR"));
        decisions.record(decide("1.2.3.12", "CT"));
        decisions.record(decide("1.2.3.13", "CT"));

        OpenWork work = new JdbcWorkload(db).openWork(PATIENT);

        assertThat(work.effortOf(texan.id())).isEqualTo(2.4); // CT 1.0 + MR 1.4
        assertThat(work.patientTasksOf(texan.id())).isEqualTo(2);
        assertThat(work.effortOf(UUID.randomUUID())).isZero();
        assertThat(new JdbcWorkload(db).openWork(PatientKey.of("someone", null)).patientTasksOf(texan.id())).isZero();
        assertThat(new JdbcWorkload(db).openWork(null).effortOf(texan.id())).isEqualTo(2.4);
    }

    private static void task(DataSource db, String uid, String state, String performer) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("insert into"
                + " routing_reading_task (workitem_uid, study_instance_uid, read_type, priority, input_readiness,"
                + " state, performer_username, created_at, updated_at) values (?, ?, 'FINAL', 'LOW', 'READY', ?, ?, ?, ?)")) {
            s.setString(1, uid);
            s.setString(2, uid + ".9");
            s.setString(3, state);
            s.setString(4, performer);
            s.setTimestamp(5, Timestamp.from(NOW));
            s.setTimestamp(6, Timestamp.from(NOW));
            s.executeUpdate();
        }
    }
}
