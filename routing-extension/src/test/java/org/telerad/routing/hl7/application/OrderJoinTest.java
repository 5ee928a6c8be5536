package org.telerad.routing.hl7.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.FacilityDirectory;
import org.telerad.registry.api.FacilityRecognition;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.RecognisedFacility;
import org.telerad.routing.hl7.domain.AckCode;
import org.telerad.routing.hl7.domain.ImagingOrder;
import org.telerad.routing.hl7.domain.MessageHeader;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.OrderControl;
import org.telerad.routing.hl7.domain.OrderReading;
import org.telerad.routing.hl7.domain.OrderState;
import org.telerad.routing.hl7.domain.OrderedPatient;
import org.telerad.routing.hl7.testing.AccessionMatchingTasks;
import org.telerad.routing.hl7.testing.InMemoryHl7Messages;
import org.telerad.routing.hl7.testing.InMemoryImagingOrders;
import org.telerad.shared.testing.OneInstance;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReferencedRequest;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/** The order and the images joined by accession, whichever comes first, with in-memory collaborators. */
class OrderJoinTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T22:30:00Z"), ZoneOffset.UTC);
    private static final String ACCESSION = "ACC-1";

    private final AccessionMatchingTasks tasks = new AccessionMatchingTasks(new InMemoryReadingTasks());
    private final List<AuditRecord> audit = new ArrayList<>();
    private final InMemoryImagingOrders orders = new InMemoryImagingOrders();
    private final InMemoryHl7Messages messages = new InMemoryHl7Messages();
    private final org.telerad.routing.task.application.ReadingTaskService taskService =
            ReadingTaskServices.inMemory(tasks, task -> Optional.empty(), CLOCK, audit);
    private final OrderJoin join = new OrderJoin();
    private final OrderIntake intake = new OrderIntake();

    OrderJoinTest() {
        MessageJournal journal = new MessageJournal();
        journal.messages = messages;
        journal.audit = audit::add;
        journal.clock = CLOCK;
        join.orders = orders;
        join.tasks = tasks;
        join.taskService = taskService;
        join.journal = journal;
        join.audit = audit::add;
        join.clock = CLOCK;
        intake.join = join;
        intake.journal = journal;
    }

    @Test
    void an_order_before_its_images_waits_and_its_stat_priority_wins_when_the_task_arrives() {
        MessageOutcome outcome = receive(order(OrderControl.NEW, Priority.HIGH), "CTL-1");

        assertThat(outcome.code()).isEqualTo(AckCode.AA);
        assertThat(orders.rows()).singleElement().satisfies(r -> assertThat(r.order().state())
                .isEqualTo(OrderState.PENDING));

        ReadingTask task = taskService.schedule(ReadingRequests.ctFromDallas(), null).task();
        assertThat(task.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(joinPending(task)).isTrue();

        assertThat(allTasks()).singleElement().satisfies(t -> assertThat(t.priority()).isEqualTo(Priority.HIGH));
        assertThat(orders.rows()).singleElement().satisfies(r -> {
            assertThat(r.order().state()).isEqualTo(OrderState.APPLIED);
            assertThat(r.workitemUid()).isEqualTo(task.uid().value());
        });
        assertThat(joinPending(task)).as("joined once").isFalse();
    }

    @Test
    void an_order_after_its_images_updates_the_existing_task_at_once() {
        ReadingTask task = taskService.schedule(ReadingRequests.ctFromDallas(), null).task();

        MessageOutcome outcome = receive(order(OrderControl.NEW, Priority.HIGH), "CTL-2");

        assertThat(outcome.code()).isEqualTo(AckCode.AA);
        assertThat(outcome.reason()).contains("applied to 1 reading task");
        assertThat(allTasks()).singleElement().satisfies(t -> {
            assertThat(t.uid()).isEqualTo(task.uid());
            assertThat(t.priority()).isEqualTo(Priority.HIGH);
        });
        assertThat(orders.rows()).singleElement().satisfies(r -> assertThat(r.order().state())
                .isEqualTo(OrderState.APPLIED));
    }

    @Test
    void a_routine_new_order_does_not_lower_a_stat_task_but_a_change_order_does() {
        taskService.schedule(ReadingRequests.withPriority(ReadingRequests.ctFromDallas(), Priority.HIGH), null);

        receive(order(OrderControl.NEW, Priority.LOW), "CTL-3");
        assertThat(allTasks()).singleElement().satisfies(t -> assertThat(t.priority()).isEqualTo(Priority.HIGH));

        receive(order(OrderControl.CHANGE, Priority.LOW), "CTL-4");
        assertThat(allTasks()).singleElement().satisfies(t -> assertThat(t.priority()).isEqualTo(Priority.LOW));
    }

    @Test
    void a_cancel_order_cancels_the_scheduled_task() {
        taskService.schedule(ReadingRequests.ctFromDallas(), null);

        MessageOutcome outcome = receive(order(OrderControl.CANCEL, null), "CTL-5");

        assertThat(outcome.code()).isEqualTo(AckCode.AA);
        assertThat(allTasks()).singleElement().satisfies(t -> assertThat(t.state())
                .isEqualTo(ProcedureStepState.CANCELED));
    }

    @Test
    void a_cancel_before_the_images_cancels_the_pending_order_so_the_task_keeps_its_priority() {
        receive(order(OrderControl.NEW, Priority.HIGH), "CTL-6");
        receive(order(OrderControl.CANCEL, null), "CTL-7");

        ReadingTask task = taskService.schedule(ReadingRequests.ctFromDallas(), null).task();

        assertThat(joinPending(task)).isFalse();
        assertThat(allTasks()).singleElement().satisfies(t -> assertThat(t.priority()).isEqualTo(Priority.MEDIUM));
        assertThat(orders.rows()).extracting(r -> r.order().state())
                .containsExactly(OrderState.CANCELED, OrderState.CANCELED);
    }

    @Test
    void an_order_for_another_accession_leaves_the_task_alone() {
        taskService.schedule(ReadingRequests.ctFromDallas(), null);

        receive(new ImagingOrder(OrderControl.NEW, "P-2", null, "ACC-OTHER", null, Priority.HIGH, "RIS", "TX", null,
                null, OrderedPatient.unknown()), "CTL-8");

        assertThat(allTasks()).singleElement().satisfies(t -> assertThat(t.priority()).isEqualTo(Priority.MEDIUM));
        assertThat(orders.rows()).singleElement().satisfies(r -> assertThat(r.order().state())
                .isEqualTo(OrderState.PENDING));
    }

    @Test
    void the_order_joins_by_study_uid_when_the_task_has_no_accession() {
        ReadingRequest r = ReadingRequests.ctFromDallas();
        taskService.schedule(new ReadingRequest(r.studyInstanceUid(), ReadType.FINAL, r.patient(),
                ReferencedRequest.none(), r.inputs(), null, null, Priority.LOW, null, "tx-dallas", null, null, null,
                null), null);

        receive(new ImagingOrder(OrderControl.NEW, "P-3", null, "ACC-NOT-ON-TASK", ReadingRequests.STUDY,
                Priority.HIGH, "RIS", "TX", null, null, OrderedPatient.unknown()), "CTL-9");

        assertThat(allTasks()).singleElement().satisfies(t -> assertThat(t.priority()).isEqualTo(Priority.HIGH));
    }

    @Test
    void the_sending_facility_recognised_by_the_registry_becomes_the_facility_of_a_task_without_one() {
        join.facilities = OneInstance.<FacilityDirectory>of(origin -> "TX-DALLAS-RAD".equals(
                origin.hl7SendingFacility())
                        ? FacilityRecognition.recognised(new RecognisedFacility("tx-dallas", Jurisdiction.of("US-TX"),
                                "US", ZoneId.of("America/Chicago"), RecognisedFacility.MatchedBy.HL7_SENDING_FACILITY,
                                origin.hl7SendingFacility()))
                        : FacilityRecognition.notRecognised("no facility declares it"));
        ReadingRequest r = ReadingRequests.ctFromDallas().atFacility(null);
        ReadingTask task = taskService.schedule(r, null).task();
        assertThat(task.facilityCode()).isNull();

        receive(order(OrderControl.NEW, Priority.HIGH), "CTL-12");

        assertThat(allTasks()).singleElement().satisfies(t -> {
            assertThat(t.facilityCode()).isEqualTo("tx-dallas");
            assertThat(t.priority()).isEqualTo(Priority.HIGH);
        });
        assertThat(audit).filteredOn(a -> a.type() == AuditEventType.PROCEDURE_RECORD)
                .extracting(AuditRecord::detail).anySatisfy(d -> assertThat(d).contains("joined with HL7 order CTL-12"));
    }

    @Test
    void every_message_is_kept_and_audited_as_an_import_without_patient_values_refused_ones_too() {
        receive(order(OrderControl.NEW, Priority.HIGH), "CTL-10");
        MessageOutcome refused = intake.take(header("CTL-11"), "MSH|raw with Doe^Jane",
                new OrderReading.Refused(MessageOutcome.missing("OBR-18", "accession number")));

        assertThat(refused.code()).isEqualTo(AckCode.AE);
        assertThat(messages.kept).extracting(m -> m.header().controlId()).containsExactly("CTL-10", "CTL-11");
        assertThat(messages.kept.get(1).raw()).contains("Doe^Jane");
        List<AuditRecord> imports = audit.stream().filter(a -> a.type() == AuditEventType.IMPORT).toList();
        assertThat(imports).extracting(AuditRecord::objectId).containsExactly("CTL-10", "CTL-11");
        assertThat(imports).extracting(AuditRecord::outcome)
                .containsExactly(AuditOutcome.SUCCESS, AuditOutcome.MINOR_FAILURE);
        assertThat(imports.get(1).detail()).contains("OBR-18").doesNotContain("Doe");
    }

    private MessageOutcome receive(ImagingOrder order, String controlId) {
        return intake.take(header(controlId), "MSH|^~\\&|RIS|TX|...", new OrderReading.Read(order));
    }

    /** As {@link PendingOrderRelease} calls it: as Telerad itself. */
    private boolean joinPending(ReadingTask task) {
        return CurrentCaller.callAs(Caller.system("test"), () -> join.joinPending(task.uid()));
    }

    private static MessageHeader header(String controlId) {
        return new MessageHeader("RIS", "TX-DALLAS-RAD", "TELERAD", "TELERAD", "ORM^O01", controlId, "2.5.1");
    }

    private static ImagingOrder order(OrderControl control, Priority priority) {
        return new ImagingOrder(control, "PLC-1", null, ACCESSION, null, priority, "RIS", "TX-DALLAS-RAD", null,
                "CTHEAD^CT head", new OrderedPatient("P-1", "HOSP", "Doe^Jane", null, "F"));
    }

    private List<ReadingTask> allTasks() {
        return tasks.search(TaskCriteria.any(), 0, 100);
    }
}
