package org.telerad.routing.task.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.ReadingTaskEvent.CancellationRequested;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskAssigned;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskCanceled;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskClaimed;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskCompleted;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskRevised;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskScheduled;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskUpdated;
import org.telerad.routing.task.domain.TaskRefusal.Reason;

/**
 * A reading task: one study to be read by one radiologist as one read type, managed as a UPS workitem
 * (PS3.4 Annex CC) by Telerad in the IHE RRR-WF Task Manager role.
 *
 * <p><b>Life cycle.</b> {@link #schedule} creates it SCHEDULED. While SCHEDULED it may be revised by a repeated
 * request for the same study ({@link #reviseFrom}), assigned to a performer ({@link #assignTo}), updated
 * ({@link #update}), canceled directly ({@link #cancel}, {@link #requestCancellation}). A performer claims it
 * ({@link #claim}) with a Transaction UID of their choosing: it is then IN PROGRESS, and only a caller presenting
 * that Transaction UID may update, complete or cancel it; anyone else may only ask for cancellation, which
 * sets a flag the performer sees. COMPLETED and CANCELED are final: nothing changes any more.
 *
 * <p><b>Invariants.</b> Identity is the workitem UID; (study instance UID, read type) is unique across tasks
 * (intake revises instead of duplicating). IN PROGRESS ⇔ a Transaction UID is held. A task never goes back to
 * SCHEDULED. Inputs only grow (series and instances are merged, never dropped).
 *
 * <p><b>Events.</b> Every change records a past-tense {@link ReadingTaskEvent}, taken with {@link #takeEvents()}
 * by the application layer after storing. Not thread safe: load, change and store it within one transaction;
 * the {@link #version()} detects concurrent changes.
 */
public final class ReadingTask {

    private final WorkitemUid uid;
    private final String studyInstanceUid;
    private ReadType readType;
    private Patient patient;
    private ReferencedRequest request;
    private List<InputSeries> inputs;
    private String procedureStepLabel;
    private String worklistLabel;
    private Priority priority;
    private InputReadiness inputReadiness;
    private String facilityCode;
    private StudyFacts facts;
    private Instant scheduledStart;
    private Instant expectedCompletion;
    private final String sourceArchive;
    private Performer performer;
    private ProcedureStepState state;
    private TransactionUid transactionUid;
    private String claimedBy;
    private boolean cancellationRequested;
    private String cancellationReason;
    private Integer progress;
    private String progressDescription;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final List<ReadingTaskEvent> events = new ArrayList<>();

    private ReadingTask(Snapshot s) {
        this.uid = Objects.requireNonNull(s.uid(), "uid");
        this.studyInstanceUid = Objects.requireNonNull(s.studyInstanceUid(), "studyInstanceUid");
        this.readType = Objects.requireNonNull(s.readType(), "readType");
        this.patient = s.patient() == null ? Patient.unknown() : s.patient();
        this.request = s.request() == null ? ReferencedRequest.none() : s.request();
        this.inputs = List.copyOf(s.inputs());
        this.procedureStepLabel = s.procedureStepLabel();
        this.worklistLabel = s.worklistLabel();
        this.priority = Objects.requireNonNull(s.priority(), "priority");
        this.inputReadiness = Objects.requireNonNull(s.inputReadiness(), "inputReadiness");
        this.facilityCode = s.facilityCode();
        this.facts = s.facts() == null ? StudyFacts.unknown() : s.facts();
        this.scheduledStart = s.scheduledStart();
        this.expectedCompletion = s.expectedCompletion();
        this.sourceArchive = s.sourceArchive();
        this.performer = s.performer();
        this.state = Objects.requireNonNull(s.state(), "state");
        this.transactionUid = s.transactionUid();
        this.claimedBy = s.claimedBy();
        this.cancellationRequested = s.cancellationRequested();
        this.cancellationReason = s.cancellationReason();
        this.progress = s.progress();
        this.progressDescription = s.progressDescription();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = s.updatedAt() == null ? s.createdAt() : s.updatedAt();
        this.version = s.version();
        if ((state == ProcedureStepState.IN_PROGRESS) != (transactionUid != null) && !state.isFinal()) {
            throw new IllegalStateException("an IN PROGRESS task holds a Transaction UID, a SCHEDULED one none");
        }
    }

    /** A new SCHEDULED task for the request, identified by {@code uid}. */
    public static ReadingTask schedule(WorkitemUid uid, ReadingRequest r, Instant now) {
        ReadingTask task = new ReadingTask(new Snapshot(uid, r.studyInstanceUid(), r.readType(), r.patient(),
                r.request(), mergeInputs(List.of(), r.inputs()), r.procedureStepLabel(), r.worklistLabel(),
                r.priority(), r.inputReadiness(), r.facilityCode(), r.facts(),
                r.scheduledStart() == null ? now : r.scheduledStart(), r.expectedCompletion(), r.sourceArchive(),
                null, ProcedureStepState.SCHEDULED, null, null, false, null, null, null, now, now, 0));
        task.events.add(new ReadingTaskScheduled(uid, r.studyInstanceUid(), r.facilityCode(), r.priority(), now));
        return task;
    }

    /** A task as stored. */
    public static ReadingTask restore(Snapshot snapshot) {
        return new ReadingTask(snapshot);
    }

    /**
     * Takes in a repeated request for the same study and read type: new series and instances are added,
     * blanks filled, labels and readiness taken over; the priority follows the request while the task is
     * SCHEDULED. A final task is left as it is.
     *
     * @return true when anything changed
     */
    public boolean reviseFrom(ReadingRequest r, Instant now) {
        if (!r.studyInstanceUid().equals(studyInstanceUid) || r.readType() != readType) {
            throw new IllegalArgumentException("a task is revised only from a request for its own study and read type");
        }
        if (state.isFinal()) {
            return false;
        }
        Snapshot before = snapshot();
        inputs = mergeInputs(inputs, r.inputs());
        patient = r.patient().id() != null || r.patient().name() != null ? r.patient() : patient;
        request = r.request().accessionNumber() != null ? r.request() : request;
        procedureStepLabel = r.procedureStepLabel() != null ? r.procedureStepLabel() : procedureStepLabel;
        worklistLabel = r.worklistLabel() != null ? r.worklistLabel() : worklistLabel;
        inputReadiness = r.inputReadiness();
        facilityCode = facilityCode != null ? facilityCode : r.facilityCode();
        facts = r.facts().orElse(facts);
        expectedCompletion = r.expectedCompletion() != null ? r.expectedCompletion() : expectedCompletion;
        boolean priorityChanged = false;
        if (state == ProcedureStepState.SCHEDULED && r.priority() != priority) {
            priority = r.priority();
            priorityChanged = true;
        }
        if (before.equals(snapshot())) {
            return false;
        }
        updatedAt = now;
        events.add(new ReadingTaskRevised(uid, priorityChanged, now));
        return true;
    }

    /**
     * Takes in what the sending archive told about the study after intake: facts fill the blanks, series
     * without a Retrieve AE title get the one the archive named, and a recognised facility is recorded unless
     * the task already has one. A final task is left as it is.
     *
     * @param retrieveAeTitles Retrieve AE title by Series Instance UID
     * @param recognisedFacility the facility code, null when it was not recognised
     * @return true when anything changed
     */
    public boolean enrich(StudyFacts learned, Map<String, String> retrieveAeTitles, String recognisedFacility,
            Instant now) {
        if (state.isFinal()) {
            return false;
        }
        Snapshot before = snapshot();
        facts = facts.orElse(learned == null ? StudyFacts.unknown() : learned);
        inputs = InputSeries.withRetrieveAeTitles(inputs, retrieveAeTitles);
        facilityCode = facilityCode != null ? facilityCode : recognisedFacility;
        if (before.equals(snapshot())) {
            return false;
        }
        updatedAt = now;
        events.add(new ReadingTaskRevised(uid, false, now));
        return true;
    }

    /**
     * A FINAL task that is read preliminarily first (from abroad, under a cross-border contract) becomes the
     * preliminary task (requested report DCM 121362); the final read follows as a task of its own. Only a
     * SCHEDULED task changes its read type.
     *
     * @return false when it already is a preliminary task
     */
    public boolean readPreliminarilyFirst(Instant now) {
        if (state != ProcedureStepState.SCHEDULED) {
            throw new TaskRefusal(Reason.NOT_SCHEDULED,
                    "Only a SCHEDULED task changes its read type; this one is " + state.dicom() + ".");
        }
        if (readType == ReadType.PRELIMINARY) {
            return false;
        }
        readType = ReadType.PRELIMINARY;
        updatedAt = now;
        return true;
    }

    /**
     * Schedules the task for {@code who}, due at {@code due} (null keeps the current expected completion).
     * Only a SCHEDULED task is (re)assigned.
     *
     * @return false when it was already assigned to that performer with that due time
     */
    public boolean assignTo(Performer who, Instant due, Instant now) {
        Objects.requireNonNull(who, "performer");
        if (state != ProcedureStepState.SCHEDULED) {
            throw new TaskRefusal(Reason.NOT_SCHEDULED,
                    "Only a SCHEDULED task is assigned; this one is " + state.dicom() + ".");
        }
        Instant newDue = due != null ? due : expectedCompletion;
        if (who.equals(performer) && Objects.equals(newDue, expectedCompletion)) {
            return false;
        }
        performer = who;
        expectedCompletion = newDue;
        updatedAt = now;
        events.add(new ReadingTaskAssigned(uid, who, now));
        return true;
    }

    /**
     * The assigned performer gives the SCHEDULED task back, before claiming it: Scheduled Human Performers is
     * emptied so that routing may assign it to someone else. An IN PROGRESS task is refused: PS3.4 (CC.1.1) has
     * no IN PROGRESS &rarr; SCHEDULED transition, so a claimed read is ended by its performer (completed, or
     * canceled with a reason) and never silently handed on.
     *
     * @return the performer it was assigned to
     */
    public Performer release(Instant now) {
        if (state == ProcedureStepState.IN_PROGRESS) {
            throw new TaskRefusal(Reason.ALREADY_IN_PROGRESS, "The workitem is IN PROGRESS: a claimed read cannot"
                    + " be released (DICOM has no IN PROGRESS to SCHEDULED transition); its performer completes"
                    + " it or cancels it with a reason.");
        }
        if (state != ProcedureStepState.SCHEDULED) {
            throw new TaskRefusal(Reason.NOT_SCHEDULED,
                    "Only a SCHEDULED task is released; this one is " + state.dicom() + ".");
        }
        if (performer == null) {
            throw new TaskRefusal(Reason.NOT_SCHEDULED, "The workitem is not assigned to anyone; nothing to release.");
        }
        Performer was = performer;
        performer = null;
        updatedAt = now;
        return was;
    }

    /**
     * The performer {@code claimant} starts the read: SCHEDULED → IN PROGRESS, locked by {@code transaction}.
     * A radiologist may claim only a task assigned to them (or to no one); {@code forAnyPerformer} is for
     * Telerad's services acting on a performer's behalf.
     */
    public StateChange claim(TransactionUid transaction, String claimant, boolean forAnyPerformer, Instant now) {
        Objects.requireNonNull(transaction, "transaction");
        switch (state) {
            case IN_PROGRESS -> throw new TaskRefusal(Reason.ALREADY_IN_PROGRESS,
                    "The workitem is already IN PROGRESS.");
            case COMPLETED, CANCELED -> throw new TaskRefusal(Reason.MAY_NO_LONGER_BE_UPDATED,
                    "The workitem is " + state.dicom() + " and may no longer be updated.");
            default -> {
            }
        }
        if (!forAnyPerformer && performer != null && !performer.isUser(claimant)) {
            throw new TaskRefusal(Reason.ASSIGNED_TO_ANOTHER,
                    "The workitem is assigned to another performer; only they may claim it.");
        }
        state = ProcedureStepState.IN_PROGRESS;
        transactionUid = transaction;
        claimedBy = claimant;
        updatedAt = now;
        events.add(new ReadingTaskClaimed(uid, claimant, now));
        return StateChange.CHANGED;
    }

    /** The performer holding {@code transaction} finishes the read: IN PROGRESS → COMPLETED. */
    public StateChange complete(TransactionUid transaction, Instant now) {
        switch (state) {
            case SCHEDULED -> throw new TaskRefusal(Reason.NOT_IN_PROGRESS,
                    "The workitem is SCHEDULED: it must be claimed (IN PROGRESS) before it is completed.");
            case CANCELED -> throw new TaskRefusal(Reason.ALREADY_CANCELED,
                    "The workitem is CANCELED and may no longer be completed.");
            case COMPLETED -> {
                return StateChange.ALREADY_IN_STATE;
            }
            default -> {
            }
        }
        checkLock(transaction);
        state = ProcedureStepState.COMPLETED;
        progress = 100;
        updatedAt = now;
        events.add(new ReadingTaskCompleted(uid, now));
        return StateChange.CHANGED;
    }

    /**
     * Cancels the task: a SCHEDULED one directly, an IN PROGRESS one only with its Transaction UID (its
     * performer's decision; others use {@link #requestCancellation}).
     */
    public StateChange cancel(TransactionUid transaction, String reason, Instant now) {
        switch (state) {
            case COMPLETED -> throw new TaskRefusal(Reason.ALREADY_COMPLETED,
                    "The workitem is COMPLETED and may no longer be canceled.");
            case CANCELED -> {
                return StateChange.ALREADY_IN_STATE;
            }
            case IN_PROGRESS -> checkLock(transaction);
            default -> {
            }
        }
        state = ProcedureStepState.CANCELED;
        cancellationReason = reason != null ? reason : cancellationReason;
        updatedAt = now;
        events.add(new ReadingTaskCanceled(uid, cancellationReason, now));
        return StateChange.CHANGED;
    }

    /** Applies a UPS Change State request. */
    public StateChange changeState(ProcedureStepState target, TransactionUid transaction, String caller,
            boolean forAnyPerformer, Instant now) {
        return switch (target) {
            case SCHEDULED -> throw new TaskRefusal(Reason.CANNOT_BECOME_SCHEDULED,
                    "A workitem becomes SCHEDULED only when it is created.");
            case IN_PROGRESS -> {
                if (transaction == null) {
                    throw new TaskRefusal(Reason.TRANSACTION_UID_REQUIRED,
                            "Claiming a workitem needs a Transaction UID (0008,1195).");
                }
                yield claim(transaction, caller, forAnyPerformer, now);
            }
            case COMPLETED -> complete(transaction, now);
            case CANCELED -> cancel(transaction, null, now);
        };
    }

    /** What a cancellation request did. */
    public enum CancellationOutcome {
        /** The task was SCHEDULED and is now CANCELED. */
        CANCELED,
        /** The task is IN PROGRESS; its performer was asked to stop. */
        REQUESTED
    }

    /**
     * Asks for the task to be canceled: a SCHEDULED task is canceled at once; for an IN PROGRESS one the request
     * is recorded for its performer, who decides.
     */
    public CancellationOutcome requestCancellation(String requestedBy, String reason, Instant now) {
        switch (state) {
            case COMPLETED -> throw new TaskRefusal(Reason.ALREADY_COMPLETED,
                    "The workitem is COMPLETED; it can no longer be canceled.");
            case CANCELED -> throw new TaskRefusal(Reason.ALREADY_CANCELED, "The workitem is already CANCELED.");
            case SCHEDULED -> {
                cancel(null, reason, now);
                return CancellationOutcome.CANCELED;
            }
            default -> {
                cancellationRequested = true;
                cancellationReason = reason;
                updatedAt = now;
                events.add(new CancellationRequested(uid, requestedBy, reason, now));
                return CancellationOutcome.REQUESTED;
            }
        }
    }

    /**
     * Applies an update (RAD-84): a SCHEDULED task takes it without a lock, an IN PROGRESS one only with its
     * Transaction UID, a final one not at all.
     *
     * @return true when the priority changed (routing may want to look again)
     */
    public boolean update(TaskChanges c, TransactionUid transaction, Instant now) {
        if (state.isFinal()) {
            throw new TaskRefusal(Reason.MAY_NO_LONGER_BE_UPDATED,
                    "The workitem is " + state.dicom() + " and may no longer be updated.");
        }
        if (state == ProcedureStepState.IN_PROGRESS) {
            checkLock(transaction);
        }
        boolean priorityChanged = c.priority() != null && c.priority() != priority;
        priority = c.priority() != null ? c.priority() : priority;
        worklistLabel = c.worklistLabel() != null ? c.worklistLabel() : worklistLabel;
        procedureStepLabel = c.procedureStepLabel() != null ? c.procedureStepLabel() : procedureStepLabel;
        expectedCompletion = c.expectedCompletion() != null ? c.expectedCompletion() : expectedCompletion;
        inputReadiness = c.inputReadiness() != null ? c.inputReadiness() : inputReadiness;
        progress = c.progress() != null ? c.progress() : progress;
        progressDescription = c.progressDescription() != null ? c.progressDescription() : progressDescription;
        if (c.performer() != null && !c.performer().equals(performer)) {
            performer = c.performer();
            events.add(new ReadingTaskAssigned(uid, performer, now));
        }
        updatedAt = now;
        events.add(new ReadingTaskUpdated(uid, priorityChanged, now));
        return priorityChanged;
    }

    private void checkLock(TransactionUid presented) {
        if (presented == null) {
            throw new TaskRefusal(Reason.TRANSACTION_UID_REQUIRED,
                    "The workitem is IN PROGRESS: this change needs its Transaction UID (0008,1195).");
        }
        if (!presented.equals(transactionUid)) {
            throw new TaskRefusal(Reason.WRONG_TRANSACTION_UID,
                    "The Transaction UID does not match the one that claimed the workitem.");
        }
    }

    private static List<InputSeries> mergeInputs(List<InputSeries> known, List<InputSeries> more) {
        Map<String, InputSeries> bySeries = new LinkedHashMap<>();
        known.forEach(s -> bySeries.put(s.seriesInstanceUid(), s));
        for (InputSeries s : more) {
            bySeries.merge(s.seriesInstanceUid(), s, InputSeries::mergedWith);
        }
        return List.copyOf(bySeries.values());
    }

    /** The events recorded since the last call, oldest first. */
    public List<ReadingTaskEvent> takeEvents() {
        List<ReadingTaskEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Everything the task holds, for storing and for adapters. */
    public Snapshot snapshot() {
        return new Snapshot(uid, studyInstanceUid, readType, patient, request, inputs, procedureStepLabel,
                worklistLabel, priority, inputReadiness, facilityCode, facts, scheduledStart, expectedCompletion,
                sourceArchive, performer, state, transactionUid, claimedBy, cancellationRequested,
                cancellationReason, progress, progressDescription, createdAt, updatedAt, version);
    }

    /** The stored form of a task; {@code version} counts stored changes (optimistic locking). */
    public record Snapshot(WorkitemUid uid, String studyInstanceUid, ReadType readType, Patient patient,
            ReferencedRequest request, List<InputSeries> inputs, String procedureStepLabel, String worklistLabel,
            Priority priority, InputReadiness inputReadiness, String facilityCode, StudyFacts facts,
            Instant scheduledStart, Instant expectedCompletion, String sourceArchive, Performer performer,
            ProcedureStepState state, TransactionUid transactionUid, String claimedBy,
            boolean cancellationRequested, String cancellationReason, Integer progress, String progressDescription,
            Instant createdAt, Instant updatedAt, long version) {

        public Snapshot {
            inputs = inputs == null ? List.of() : List.copyOf(inputs);
        }

        /** No patient data. */
        @Override
        public String toString() {
            return "ReadingTask.Snapshot[" + uid + ", " + state + "]";
        }
    }

    public WorkitemUid uid() {
        return uid;
    }

    public String studyInstanceUid() {
        return studyInstanceUid;
    }

    public ReadType readType() {
        return readType;
    }

    public ProcedureStepState state() {
        return state;
    }

    public Priority priority() {
        return priority;
    }

    public String facilityCode() {
        return facilityCode;
    }

    public StudyFacts facts() {
        return facts;
    }

    public Patient patient() {
        return patient;
    }

    public java.util.Optional<Performer> performer() {
        return java.util.Optional.ofNullable(performer);
    }

    public boolean isCancellationRequested() {
        return cancellationRequested;
    }

    public Instant expectedCompletion() {
        return expectedCompletion;
    }

    public String sourceArchive() {
        return sourceArchive;
    }

    public long version() {
        return version;
    }

    /** True when {@code username} is the performer the task is assigned to, or the one who claimed it. */
    public boolean belongsTo(String username) {
        return username != null && ((performer != null && performer.isUser(username)) || username.equals(claimedBy));
    }

    @Override
    public String toString() {
        return "ReadingTask[" + uid + ", " + readType.code() + ", " + state.dicom() + ", " + priority + "]";
    }
}
