package org.telerad.registry.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.telerad.registry.api.Eligibility;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.api.EligibilityResult.AtFacility;
import org.telerad.registry.api.EligibilityResult.Eligible;
import org.telerad.registry.api.EligibilityResult.Excluded;
import org.telerad.registry.api.EligibilityResult.QualifyingLicense;

/**
 * Answers eligibility questions against one immutable {@link RegistrySnapshot} with an ordered list of
 * {@link EligibilityPolicy policies}. For each radiologist every policy is asked (so an exclusion lists every
 * failing rule); a radiologist with several privileges at the facility is judged once per privilege and
 * qualifies through the first one every policy allows, otherwise the privilege with the fewest rejections
 * explains the exclusion.
 *
 * <p>Thread safe (per-decision state lives in the call; the caches are safe to share). Cost: each rule runs
 * once over the facility's candidates (radiologist x privilege there, built once per facility); reason
 * sentences are rendered once per distinct question and day, and identical exclusion lists are shared.
 */
public final class SnapshotEligibility implements Eligibility {

    private static final int MAX_RENDERED_QUESTIONS = 4096;
    private static final int MAX_FACILITY_DAYS = 1024;

    private final RegistrySnapshot snapshot;
    private final EligibilityPolicy[] policies;
    /** How many leading policies judge by the facility and the date alone (their verdicts are kept per day). */
    private final int dayPolicies;
    private final ConcurrentHashMap<ReadContext.Key, ReadContext.Rendered> rendered = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DayKey, DayVerdicts> days = new ConcurrentHashMap<>();

    public SnapshotEligibility(RegistrySnapshot snapshot, List<? extends EligibilityPolicy> policies) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.policies = policies.toArray(new EligibilityPolicy[0]);
        if (this.policies.length == 0) {
            throw new IllegalArgumentException("at least one eligibility policy is needed");
        }
        int prefix = 0;
        while (prefix < this.policies.length && this.policies[prefix].judgesByFacilityAndDateOnly()) {
            prefix++;
        }
        this.dayPolicies = prefix;
    }

    /** Evaluates with the {@link EligibilityPolicies#standard() standard} rules. */
    public static SnapshotEligibility of(RegistrySnapshot snapshot) {
        return new SnapshotEligibility(snapshot, EligibilityPolicies.standard());
    }

    public RegistrySnapshot snapshot() {
        return snapshot;
    }

    @Override
    public EligibilityResult evaluate(EligibilityQuery query) {
        Objects.requireNonNull(query, "query");
        RegistrySnapshot.FacilityIndex index = snapshot.index(query.facilityCode());
        FacilityRecord facility = FacilityActive.require(query.facilityCode(), index == null ? null
                : index.facility());
        LocalDate date = LocalDate.ofInstant(query.at(), facility.timeZone());
        ReadContext read = new ReadContext(query, facility, date, renderedFor(query, date));

        // policy by policy over every candidate: each rule's code stays hot and its call target predictable;
        // the leading rules that judge by facility and date alone ran already for this facility and day
        RegistrySnapshot.Candidates candidates = snapshot.candidates(index);
        Candidate[] all = candidates.all;
        DayVerdicts day = dayVerdicts(candidates, read);
        long[] rejectedBy = day.rejectedBy.clone(); // bit b set: the b-th distinct reason of this decision rejects
        Reasons reasons = day.reasons.copy();
        int[] privileged = candidates.privileged;
        for (int k = dayPolicies; k < policies.length; k++) {
            EligibilityPolicy policy = policies[k];
            if (!policy.concerns(read)) {
                continue;
            }
            if (policy.judgesPrivilegeScope()) {
                for (int c : privileged) {
                    Verdict v = policy.evaluate(all[c], read);
                    if (v != Verdict.ALLOWED) {
                        rejectedBy[c] |= reasons.bitOf((Verdict.Rejected) v);
                    }
                }
            } else {
                run(policy, all, read, rejectedBy, reasons);
            }
        }

        List<RadiologistRecord> radiologists = snapshot.radiologists();
        int[] first = candidates.first;
        int n = radiologists.size();
        List<Eligible> eligible = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int best = first[i];
            int fewest = Long.bitCount(rejectedBy[best]);
            for (int c = best + 1; c < first[i + 1] && fewest > 0; c++) {
                int count = Long.bitCount(rejectedBy[c]);
                if (count < fewest) {
                    best = c;
                    fewest = count;
                }
            }
            Candidate candidate = all[best];
            long mask = rejectedBy[best];
            if (mask == 0L && candidate.privilegeOrNull() == null) {
                // a policy list without PrivilegedAtFacility still qualifies nobody without a privilege
                mask = reasons.bitOf(read.reject(PrivilegedAtFacility.NOT_PRIVILEGED));
            }
            if (mask == 0L) {
                RadiologistRecord r = candidate.radiologist();
                eligible.add(new Eligible(r.id(), r.name(), r.username(),
                        qualifyingLicenses(candidate.coveringLicenses(), read),
                        candidate.privilegeOrNull().qualifying()));
            } else {
                excluded.add(new Excluded(candidate.radiologistId(), candidate.radiologistName(),
                        reasons.listOf(mask)));
            }
        }
        AtFacility at = new AtFacility(facility.id(), facility.code(), facility.name(), facility.jurisdiction(),
                facility.timeZone().getId(), date);
        return new EligibilityResult(query, at, snapshot.revision(), eligible, excluded);
    }

    private static void run(EligibilityPolicy policy, Candidate[] all, ReadContext read, long[] rejectedBy,
            Reasons reasons) {
        for (int c = 0; c < all.length; c++) {
            Verdict v = policy.evaluate(all[c], read);
            if (v != Verdict.ALLOWED) {
                rejectedBy[c] |= reasons.bitOf((Verdict.Rejected) v);
            }
        }
    }

    /** The verdicts of the leading facility-and-date rules for this facility and day, computed on first use. */
    private DayVerdicts dayVerdicts(RegistrySnapshot.Candidates candidates, ReadContext read) {
        DayKey key = new DayKey(read.facility().code(), read.date());
        DayVerdicts day = days.get(key);
        if (day == null) {
            Candidate[] all = candidates.all;
            long[] rejectedBy = new long[all.length];
            Reasons reasons = new Reasons();
            for (int k = 0; k < dayPolicies; k++) {
                if (policies[k].concerns(read)) {
                    run(policies[k], all, read, rejectedBy, reasons);
                }
            }
            day = new DayVerdicts(rejectedBy, reasons);
            if (days.size() >= MAX_FACILITY_DAYS) {
                days.clear(); // a new day for every facility: start afresh
            }
            days.putIfAbsent(key, day);
        }
        return day;
    }

    private record DayKey(String facilityCode, LocalDate date) {
    }

    /** Immutable once published: decisions copy both parts before adding their own verdicts. */
    private record DayVerdicts(long[] rejectedBy, Reasons reasons) {
    }

    private ReadContext.Rendered renderedFor(EligibilityQuery query, LocalDate date) {
        ReadContext.Key key = new ReadContext.Key(query.facilityCode(), date, query.modality(), query.readType(),
                query.requiredSubspecialties());
        ReadContext.Rendered r = rendered.get(key);
        if (r == null) {
            if (rendered.size() >= MAX_RENDERED_QUESTIONS) {
                rendered.clear(); // a new day, or an unusual variety of questions: start afresh
            }
            r = rendered.computeIfAbsent(key, k -> new ReadContext.Rendered());
        }
        return r;
    }

    private static List<QualifyingLicense> qualifyingLicenses(List<LicenseRecord> covering, ReadContext read) {
        List<QualifyingLicense> out = new ArrayList<>(covering.size());
        for (LicenseRecord l : covering) {
            if (LicensedInPatientJurisdiction.qualifies(l, read)) {
                out.add(l.qualifying());
            }
        }
        return out;
    }

    /**
     * The distinct reasons met in one decision, numbered 0..63 in order of first appearance (which, as rules
     * run one after the other, is the order of the rules), and the exclusion list of each combination, built
     * once and shared by every radiologist excluded for exactly those reasons.
     */
    private static final class Reasons {
        private static final int MAX = 64;
        private int[] bitBySlot = new int[Math.max(32, RejectionReason.declared())];
        private EligibilityRejection[] byBit = new EligibilityRejection[MAX];
        private int count;
        private long[] keys = new long[32];
        private Object[] lists = new Object[32];
        private int listCount;

        /** The same numbering of reasons, with no exclusion list built yet. */
        Reasons copy() {
            Reasons c = new Reasons();
            c.bitBySlot = bitBySlot.clone();
            c.byBit = byBit.clone();
            c.count = count;
            return c;
        }

        long bitOf(Verdict.Rejected rejected) {
            int slot = rejected.reason().slot();
            if (slot >= bitBySlot.length) {
                bitBySlot = Arrays.copyOf(bitBySlot, Math.max(slot + 1, bitBySlot.length * 2));
            }
            int b = bitBySlot[slot];
            if (b == 0) {
                if (count == MAX) {
                    throw new IllegalStateException("more than " + MAX + " distinct rejection reasons in one decision");
                }
                byBit[count] = rejected.rejection();
                b = ++count;
                bitBySlot[slot] = b;
            }
            return 1L << (b - 1);
        }

        @SuppressWarnings("unchecked")
        List<EligibilityRejection> listOf(long mask) {
            int at = slotOf(mask);
            if (lists[at] != null) {
                return (List<EligibilityRejection>) lists[at];
            }
            EligibilityRejection[] rejections = new EligibilityRejection[Long.bitCount(mask)];
            int k = 0;
            for (long rest = mask; rest != 0; rest &= rest - 1) {
                rejections[k++] = byBit[Long.numberOfTrailingZeros(rest)];
            }
            List<EligibilityRejection> list = List.of(rejections);
            keys[at] = mask;
            lists[at] = list;
            if (++listCount * 2 > keys.length) {
                grow();
            }
            return list;
        }

        /** Open addressing on the mask: the slot holding it, or the empty slot where it belongs. */
        private int slotOf(long mask) {
            int at = (int) (mix(mask) & (keys.length - 1));
            while (lists[at] != null && keys[at] != mask) {
                at = (at + 1) & (keys.length - 1);
            }
            return at;
        }

        private void grow() {
            long[] oldKeys = keys;
            Object[] oldLists = lists;
            keys = new long[oldKeys.length * 2];
            lists = new Object[oldLists.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldLists[i] != null) {
                    int at = slotOf(oldKeys[i]);
                    keys[at] = oldKeys[i];
                    lists[at] = oldLists[i];
                }
            }
        }

        private static long mix(long x) {
            x *= 0x9E3779B97F4A7C15L;
            return x ^ (x >>> 29);
        }
    }
}
