package org.telerad.registry.eligibility.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;

/**
 * The read in question, the context of one eligibility decision: the question, the facility it is about and
 * the calendar date at that facility at the instant of the read. Hands out rendered
 * {@link Verdict.Rejected rejections}, each sentence built once per distinct question and day. Confined to the
 * thread evaluating the decision (the rendered rejections it shares are immutable).
 */
public final class ReadContext {

    private final EligibilityQuery query;
    private final FacilityRecord facility;
    private final LocalDate date;
    private final Rendered rendered;
    private final Subspecialty[] required;

    ReadContext(EligibilityQuery query, FacilityRecord facility, LocalDate date, Rendered rendered) {
        this.query = query;
        this.facility = facility;
        this.date = date;
        this.rendered = rendered;
        this.required = query.requiredSubspecialties().toArray(new Subspecialty[0]);
    }

    public EligibilityQuery query() {
        return query;
    }

    public FacilityRecord facility() {
        return facility;
    }

    /** The date at the facility (its time zone) at the instant of the read. */
    public LocalDate date() {
        return date;
    }

    public Modality modality() {
        return query.modality();
    }

    public ReadType readType() {
        return query.readType();
    }

    public Set<Subspecialty> requiredSubspecialties() {
        return query.requiredSubspecialties();
    }

    /** {@code US-TX (Texas)}: the facility's jurisdiction as reason sentences name it. */
    public String jurisdictionLabel() {
        return facility.jurisdiction().code() + " (" + facility.jurisdiction().name() + ")";
    }

    /** {@code tx-dallas (Dallas Medical Center)}: the facility as reason sentences name it. */
    public String facilityLabel() {
        return facility.name().equals(facility.code()) ? facility.code()
                : facility.code() + " (" + facility.name() + ")";
    }

    /** True when {@code held} contains every required subspecialty (a loop over the few required ones). */
    public boolean coversRequired(Set<Subspecialty> held) {
        for (Subspecialty s : required) {
            if (!held.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** {@code neuro, msk}: the required subspecialties as reason sentences name them. */
    public String requiredSubspecialtiesLabel() {
        return requiredSubspecialties().stream().map(Subspecialty::code).collect(Collectors.joining(", "));
    }

    /** The rejection for this reason in this decision, rendered on first use and shared afterwards. */
    public Verdict.Rejected reject(RejectionReason reason) {
        Verdict.Rejected r = rendered.get(reason.slot());
        if (r == null) {
            r = new Verdict.Rejected(reason,
                    new EligibilityRejection(reason.rule(), reason.code(), reason.render(this)));
            rendered.put(reason.slot(), r);
        }
        return r;
    }

    /**
     * The sentences depend only on the facility, the date there and the question, so the rejections rendered
     * for one question are kept for the next identical question of the day ({@link Key}).
     */
    record Key(String facilityCode, LocalDate date, Modality modality, ReadType readType,
            Set<Subspecialty> required) {
    }

    /**
     * Rendered rejections of one {@link Key}, by reason slot. Shared between threads without locking: a
     * slot is at worst rendered twice to the same value, and a {@link Verdict.Rejected} is immutable.
     */
    static final class Rendered {
        private volatile Verdict.Rejected[] slots = new Verdict.Rejected[Math.max(32, RejectionReason.declared())];

        Verdict.Rejected get(int slot) {
            Verdict.Rejected[] s = slots;
            return slot < s.length ? s[slot] : null;
        }

        void put(int slot, Verdict.Rejected rejected) {
            Verdict.Rejected[] s = slots;
            if (slot >= s.length) {
                s = Arrays.copyOf(s, Math.max(slot + 1, s.length * 2));
            }
            s[slot] = rejected;
            slots = s;
        }
    }
}
