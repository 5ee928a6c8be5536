package org.telerad.routing.hl7.mllp;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;

import org.telerad.routing.hl7.domain.ImagingOrder;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.OrderControl;
import org.telerad.routing.hl7.domain.OrderPriority;
import org.telerad.routing.hl7.domain.OrderReading;
import org.telerad.routing.hl7.domain.OrderedPatient;
import org.telerad.routing.task.domain.Priority;

/**
 * Reads an ORM^O01 or OMI^O23 (parsed by HAPI into v2.5.1 structures, whatever version it declared) into an
 * {@link ImagingOrder}. Fields read, first non-empty wins:
 * <ul>
 * <li>order control: ORC-1 (NW, XO, CA; required)</li>
 * <li>accession number: OMI: IPC-1.1, then OBR-18; ORM: OBR-18 (IHE SWF placer field 1; required)</li>
 * <li>Study Instance UID: OMI: IPC-3.1; ORM: ZDS-1.1 (IHE SWF Z-segment); optional</li>
 * <li>priority: TQ1-9.1 (v2.5+), ORC-7.6, OBR-27.6 (S, A, R); optional</li>
 * <li>placer / filler order number: ORC-2.1 / ORC-3.1, then OBR-2.1 / OBR-3.1</li>
 * <li>sending application and facility: MSH-3.1, MSH-4.1; ordering facility: ORC-21.1</li>
 * <li>ordered procedure: OBR-4 (identifier^text)</li>
 * <li>patient: PID-3.1 with PID-3.4.1 (required), PID-5 (family^given), PID-7 (date part), PID-8</li>
 * </ul>
 * Any other message type is rejected (AR, error 200); a missing required field or segment is an AE naming it.
 */
public final class OrderMessageReader {

    private static final DateTimeFormatter HL7_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    public OrderReading read(Message message) {
        Terser t = new Terser(message);
        String type = get(t, "/MSH-9-1");
        String event = get(t, "/MSH-9-2");
        String typed = (type == null ? "" : type) + "^" + (event == null ? "" : event);
        boolean orm = "ORM^O01".equalsIgnoreCase(typed);
        boolean omi = "OMI^O23".equalsIgnoreCase(typed);
        if (!orm && !omi) {
            return refused(MessageOutcome.rejected("message type " + typed
                    + " is not supported; Telerad accepts ORM^O01 and OMI^O23", "MSH-9", 200));
        }
        if (!present(t, "ORC")) {
            return refused(MessageOutcome.error("segment ORC (common order) is missing", "ORC", 100));
        }
        if (!present(t, "OBR")) {
            return refused(MessageOutcome.error("segment OBR (observation request) is missing", "OBR", 100));
        }
        String controlCode = get(t, "/.ORC-1");
        if (controlCode == null) {
            return refused(MessageOutcome.missing("ORC-1", "order control"));
        }
        Optional<OrderControl> control = OrderControl.ofCode(controlCode);
        if (control.isEmpty()) {
            return refused(MessageOutcome.error("order control " + controlCode.strip()
                    + " is not supported; Telerad acts on NW, XO and CA", "ORC-1", 207));
        }
        String accession = omi ? first(get(t, "/.IPC-1-1"), get(t, "/.OBR-18")) : get(t, "/.OBR-18");
        if (accession == null) {
            return refused(MessageOutcome.missing(omi ? "IPC-1" : "OBR-18", "accession number"));
        }
        String patientId = get(t, "/.PID-3-1");
        if (patientId == null) {
            return refused(MessageOutcome.missing("PID-3", "patient identifier"));
        }
        String study = omi ? get(t, "/.IPC-3-1") : get(t, "/.ZDS-1-1");
        Priority priority = OrderPriority.readingPriorityOf(first(get(t, "/.TQ1-9-1"), get(t, "/.ORC-7-6"),
                get(t, "/.OBR-27-6"))).orElse(null);
        String procedureCode = get(t, "/.OBR-4-1");
        String procedureText = get(t, "/.OBR-4-2");
        String procedure = procedureCode == null && procedureText == null ? null
                : (procedureCode == null ? "" : procedureCode) + (procedureText == null ? "" : "^" + procedureText);
        String family = get(t, "/.PID-5-1");
        String given = get(t, "/.PID-5-2");
        String name = family == null && given == null ? null
                : (family == null ? "" : family) + (given == null ? "" : "^" + given);
        OrderedPatient patient = new OrderedPatient(patientId, get(t, "/.PID-3-4-1"), name,
                date(get(t, "/.PID-7-1")), get(t, "/.PID-8"));
        return new OrderReading.Read(new ImagingOrder(control.get(), first(get(t, "/.ORC-2-1"), get(t, "/.OBR-2-1")),
                first(get(t, "/.ORC-3-1"), get(t, "/.OBR-3-1")), accession, study, priority, get(t, "/MSH-3-1"),
                get(t, "/MSH-4-1"), get(t, "/.ORC-21-1"), procedure, patient));
    }

    private static OrderReading refused(MessageOutcome outcome) {
        return new OrderReading.Refused(outcome);
    }

    private static boolean present(Terser t, String segment) {
        try {
            Segment s = t.getSegment("/." + segment);
            return s != null && !s.isEmpty();
        } catch (HL7Exception | RuntimeException e) {
            return false;
        }
    }

    /** The value at the Terser path, stripped; null when empty or when the message has no such place. */
    private static String get(Terser t, String path) {
        try {
            String v = t.get(path);
            return v == null || v.isBlank() ? null : v.strip();
        } catch (HL7Exception | RuntimeException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static LocalDate date(String ts) {
        if (ts == null || ts.length() < 8) {
            return null;
        }
        try {
            return LocalDate.parse(ts.substring(0, 8), HL7_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
