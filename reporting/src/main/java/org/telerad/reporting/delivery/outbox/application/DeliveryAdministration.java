package org.telerad.reporting.delivery.outbox.application;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.outbox.domain.DeliveryOutbox;
import org.telerad.reporting.delivery.outbox.domain.DeliveryQuery;
import org.telerad.reporting.delivery.outbox.domain.DeliveryRecord;
import org.telerad.reporting.delivery.outbox.domain.DeliveryState;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.FacilityScope;
import org.telerad.shared.security.Roles;

/**
 * The delivery list and the dead-letter retry. Credentialing admins, auditors and Telerad services see every
 * facility; a facility admin sees (and retries) the deliveries of the facilities in their token only. A retry
 * sends a dead letter back to the queue, due now, with a fresh attempt budget; it is audited.
 */
@ApplicationScoped
public class DeliveryAdministration {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    DeliveryOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** For CDI. */
    protected DeliveryAdministration() {
    }

    public DeliveryAdministration(DeliveryOutbox outbox, AuditTrail audit, CurrentCaller caller, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public DeliveryPageView list(String state, String facility, String reportId, String page, String size) {
        DeliveryState wanted = null;
        if (state != null && !state.isBlank()) {
            wanted = DeliveryState.ofCode(state).orElseThrow(() -> TeleradException.invalid(
                    DeliveryErrors.INVALID_QUERY, "state", "state must be pending, delivered or dead-letter"));
        }
        UUID report = null;
        if (reportId != null && !reportId.isBlank()) {
            try {
                report = UUID.fromString(reportId.strip());
            } catch (IllegalArgumentException e) {
                throw TeleradException.invalid(DeliveryErrors.INVALID_QUERY, "report", "report must be a report id");
            }
        }
        int p = number("page", page, 0, 0, 1_000_000);
        int s = number("size", size, 50, 1, MAX_PAGE_SIZE);
        DeliveryOutbox.DeliveryPage found = outbox.list(new DeliveryQuery(wanted, visibleFacilities(facility), report),
                p, s);
        return new DeliveryPageView(found.items().stream().map(DeliveryView::of).toList(), p, s, found.total());
    }

    @Transactional
    public DeliveryView get(String deliveryId) {
        return DeliveryView.of(visible(deliveryId));
    }

    @Transactional
    public DeliveryView retry(String deliveryId) {
        DeliveryRecord delivery = visible(deliveryId);
        Caller who = caller.get();
        if (!who.hasRole(Roles.CREDENTIALING_ADMIN) && !(who.hasRole(Roles.FACILITY_ADMIN)
                && who.managesFacility(delivery.facilityCode()))) {
            throw TeleradException.forbidden(DeliveryErrors.FORBIDDEN_FACILITY,
                    "you may not retry deliveries of facility " + delivery.facilityCode());
        }
        if (!outbox.retry(delivery.id(), clock.instant())) {
            throw TeleradException.conflict(DeliveryErrors.NOT_DEAD_LETTERED, "delivery " + delivery.id() + " is "
                    + delivery.state().code() + "; only a dead letter can be retried");
        }
        audit.record(AuditRecord.success(AuditEventType.EXPORT, AuditAction.UPDATE, "ReportDelivery",
                delivery.id().toString(), delivery.facilityCode(), "dead-lettered delivery of report "
                        + delivery.reportId() + " version " + delivery.reportVersion() + " to result channel '"
                        + delivery.channelName() + "' queued again"));
        return DeliveryView.of(outbox.find(delivery.id()).orElseThrow());
    }

    private DeliveryRecord visible(String deliveryId) {
        UUID id;
        try {
            id = UUID.fromString(deliveryId == null ? "" : deliveryId.strip());
        } catch (IllegalArgumentException e) {
            throw TeleradException.notFound(DeliveryErrors.UNKNOWN_DELIVERY, "no delivery with this id");
        }
        DeliveryRecord found = outbox.find(id).orElseThrow(() -> TeleradException.notFound(
                DeliveryErrors.UNKNOWN_DELIVERY, "no delivery " + id));
        Set<String> visible = visibleFacilities(null);
        if (visible != null && !visible.contains(found.facilityCode())) {
            // do not reveal deliveries of other facilities
            throw TeleradException.notFound(DeliveryErrors.UNKNOWN_DELIVERY, "no delivery " + id);
        }
        return found;
    }

    /** The facilities the caller may see, narrowed to {@code facility} when given; null means all. */
    private Set<String> visibleFacilities(String facility) {
        String wanted = facility == null || facility.isBlank() ? null : facility.strip().toLowerCase(Locale.ROOT);
        return new FacilityScope(DeliveryErrors.FORBIDDEN_FACILITY,
                "you may not see the deliveries of facility " + wanted, "you may not see result deliveries")
                .facilitiesFor(caller.get(), wanted);
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw TeleradException.invalid(DeliveryErrors.INVALID_QUERY, name, name + " must be a whole number from "
                    + min + " to " + max);
        }
    }
}
