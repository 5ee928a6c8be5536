package org.telerad.routing.hl7.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.hl7.domain.Hl7Messages;
import org.telerad.routing.hl7.domain.MessageHeader;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.ReceivedMessage;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/**
 * Keeps every received message with its outcome and audits it (IMPORT, object type {@value #OBJECT_TYPE}, the
 * control id as object id; the detail names the type, sender and outcome, never patient values). Joins the
 * caller's transaction: an accepted order is kept together with its effect.
 */
@ApplicationScoped
public class MessageJournal {

    static final String OBJECT_TYPE = "HL7Message";

    @Inject
    Hl7Messages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public void keep(MessageHeader header, String raw, MessageOutcome outcome, String facilityCode) {
        messages.keep(new ReceivedMessage(clock.instant(), header, raw, outcome));
        audit.record(new AuditRecord(AuditEventType.IMPORT, AuditAction.CREATE,
                outcome.isAccepted() ? AuditOutcome.SUCCESS : AuditOutcome.MINOR_FAILURE, OBJECT_TYPE,
                header.controlId(), facilityCode, detail(header, outcome)));
    }

    /** Like {@link #keep}, in a transaction of its own (for messages whose processing failed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keepAlone(MessageHeader header, String raw, MessageOutcome outcome) {
        keep(header, raw, outcome, null);
    }

    static String detail(MessageHeader header, MessageOutcome outcome) {
        String from = header.sendingApplication() == null && header.sendingFacility() == null ? ""
                : " from " + header.sendingApplication() + "/" + header.sendingFacility();
        String detail = "HL7 " + header.typeOrUnknown() + from + ": " + outcome.code()
                + (outcome.reason() == null ? "" : " (" + outcome.reason() + ")");
        return detail.length() > 500 ? detail.substring(0, 500) : detail;
    }
}
