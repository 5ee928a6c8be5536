package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.domain.PatientKey;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.StudyFacts;
import org.telerad.routing.task.domain.WorkitemUid;

class ReadingTaskRoutingTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");

    @Test
    void a_reading_task_becomes_a_routing_request_with_the_patient_only_as_key_and_age() {
        ReadingTaskRouting routing = new ReadingTaskRouting();
        routing.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        routing.configuration = new RoutingConfiguration();
        ReadingTask task = ReadingTask.schedule(WorkitemUid.of("2.25.1234"), new ReadingRequest("1.2.840.1.2.3",
                ReadType.FINAL, new Patient("MRN-9", "HOSP-A", "Doe^Jane", LocalDate.of(2019, 3, 1), "F"), null,
                null, null, null, Priority.HIGH, null, "tx-dallas", new StudyFacts("MR", "BRAIN", "Dallas General",
                        "MRI BRAIN W/O"), null, null, null), NOW);

        RoutingRequest request = routing.requestOf(task);

        assertThat(request.taskId()).isEqualTo("2.25.1234");
        assertThat(request.facilityCode()).isEqualTo("tx-dallas");
        assertThat(request.modality().code()).isEqualTo("MR");
        assertThat(request.bodyPart()).isEqualTo("BRAIN");
        assertThat(request.priority()).isEqualTo(ReadingPriority.STAT);
        assertThat(request.readType()).isEqualTo(ReadType.FINAL);
        assertThat(request.patientAge().years()).isEqualTo(7);
        assertThat(request.patientKey()).isEqualTo(PatientKey.of("MRN-9", "HOSP-A"));
        assertThat(request.toString()).doesNotContain("MRN-9").doesNotContain("Doe");
        assertThat(request.mayGoAbroad()).isTrue();
    }
}
