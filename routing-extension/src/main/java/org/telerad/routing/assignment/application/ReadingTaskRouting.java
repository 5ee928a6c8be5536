package org.telerad.routing.assignment.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.RadiologistDirectory;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.domain.Assignee;
import org.telerad.routing.assignment.domain.PatientAge;
import org.telerad.routing.assignment.domain.PatientKey;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.task.application.TaskRouting;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.shared.problem.TeleradException;

/**
 * The reading-task service's {@link TaskRouting} port, answered by {@link Assignments}: translates the task into
 * a {@link RoutingRequest} (patient only as a pseudonymous key and an age), routes it, and answers the performer
 * for Scheduled Human Performers ({@link Performer#ofRadiologist}: NPI, else username, else registry id; the
 * username always carried). The due time is the SLA monitor's
 * business and stays empty here. Runs in {@code ReadingTaskService.routeNow}'s transaction, which holds the
 * task's row (after the intake committed).
 */
@ApplicationScoped
public class ReadingTaskRouting implements TaskRouting {

    @Inject
    Assignments assignments;

    @Inject
    RoutingConfiguration configuration;

    @Inject
    Clock clock;

    /** To tell a chained final task (null in tests that do not need it: no task is a chained final). */
    @Inject
    ReadingTasks tasks;

    /** To tell a task routing already decided about (null in tests that do not need it: never decided). */
    @Inject
    RoutingDecisions decisions;

    /** For Human Performer's Name as DICOM PN (null in tests that do not need it: the display name is kept). */
    @Inject
    RadiologistDirectory directory;

    @Override
    public Optional<Assignment> route(ReadingTask task) {
        return named(assignments.route(requestOf(task)));
    }

    @Override
    public boolean decided(ReadingTask task) {
        return decisions != null && decisions.currentFor(task.uid().value()).isPresent();
    }

    /**
     * Routes a task again (the hook for releases, shift ends, lost credentials and the SLA monitor): never back
     * to a reader in {@code releasedBy}. The caller holds the task's row lock and writes the answer into it.
     */
    public Optional<Assignment> reroute(ReadingTask task, String trigger, Set<java.util.UUID> releasedBy) {
        RoutingRequest request = requestOf(task);
        for (java.util.UUID reader : releasedBy) {
            request = request.releasedBy(reader);
        }
        return named(assignments.reroute(request, trigger));
    }

    /**
     * The performer for the decision's assignee, whenever the decision assigned someone: the task and the
     * decision never disagree (see {@link Performer#ofRadiologist} for the code written).
     */
    static Optional<Assignment> assignmentOf(RoutingDecision decision) {
        Optional<Assignee> assignee = decision.assignee();
        if (assignee.isEmpty()) {
            return Optional.empty();
        }
        Assignee a = assignee.get();
        return Optional.of(new Assignment(Performer.ofRadiologist(a.radiologistId(), a.npi(), a.username(),
                a.name(), null), null, decision.assignedReadType().orElse(null)));
    }

    /**
     * The decision's assignment, its performer named as DICOM PN {@code Family^Given} when the registry knows the
     * radiologist's family and given names (else the display name the decision carries).
     */
    Optional<Assignment> named(RoutingDecision decision) {
        Optional<Assignment> assignment = assignmentOf(decision);
        if (directory == null || assignment.isEmpty()) {
            return assignment;
        }
        Assignment a = assignment.get();
        return decision.assignee().flatMap(who -> directory.find(who.radiologistId()))
                .flatMap(RadiologistDirectory.Entry::dicomPersonName)
                .map(pn -> new Assignment(a.performer().named(pn), a.due(), a.readAs())).or(() -> assignment);
    }

    RoutingRequest requestOf(ReadingTask task) {
        java.time.Instant now = clock.instant();
        Patient patient = task.patient();
        PatientKey key = patient == null || patient.id() == null || patient.id().isBlank() ? null
                : PatientKey.of(patient.id(), patient.issuer());
        PatientAge age = patient == null ? PatientAge.unknown() : PatientAge.bornOn(patient.birthDate(), now);
        Modality modality = null;
        String m = task.facts() == null ? null : task.facts().modality();
        if (m != null && !m.isBlank()) {
            try {
                modality = Modality.of(m.split("\\\\")[0]);
            } catch (TeleradException e) {
                modality = null; // routed as "modality unknown"
            }
        }
        RoutingRequest request = new RoutingRequest(task.uid().value(), task.facilityCode(), modality,
                task.facts() == null ? null : task.facts().bodyPart(),
                task.facts() == null ? null : task.facts().studyDescription(), age, key,
                ReadingPriority.ofUps(task.priority().name()), task.readType(), now,
                configuration.readerCountriesOf(task.facilityCode()), true, Set.of());
        return isChainedFinal(task) ? request.localOnly() : request;
    }

    /**
     * A FINAL task whose study also has a PRELIMINARY task is the final read of a two-step read: it is routed
     * as {@link org.telerad.routing.assignment.domain.ChainedFinalRequired#requestFor} asks (local readers only;
     * never a preliminary read abroad again).
     */
    boolean isChainedFinal(ReadingTask task) {
        if (tasks == null || task.readType() != ReadType.FINAL) {
            return false;
        }
        TaskCriteria sameStudy = new TaskCriteria(null, null, null, null, null, List.of(task.studyInstanceUid()),
                null, null);
        for (ReadingTask other : tasks.search(sameStudy, 0, 10)) {
            if (other.readType() == ReadType.PRELIMINARY) {
                return true;
            }
        }
        return false;
    }
}
