package org.telerad.registry.eligibility.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.telerad.registry.api.Jurisdiction;

/**
 * An immutable, in-memory picture of the credentialing registry at one {@link #revision()}, compiled for
 * answering eligibility questions quickly: radiologists in a stable order (by name, then id) and, per
 * facility, for each radiologist the privileges held there and the licenses whose jurisdiction covers the
 * facility's jurisdiction (computed once per distinct jurisdiction). A decision therefore touches no map
 * per radiologist, only two list look-ups by position.
 *
 * <p>Thread safe: nothing changes after construction. A new snapshot replaces the old one when the
 * registry changes; dates are not baked in, so expiry needs no rebuild.
 */
public final class RegistrySnapshot {

    private static final Comparator<LicenseRecord> ACTIVE_FIRST_LICENSES = Comparator
            .comparing((LicenseRecord l) -> l.status() != CredentialStatus.ACTIVE)
            .thenComparing(LicenseRecord::validTo, Comparator.nullsFirst(Comparator.reverseOrder()));
    private static final Comparator<PrivilegeRecord> ACTIVE_FIRST_PRIVILEGES = Comparator
            .comparing((PrivilegeRecord p) -> p.status() != CredentialStatus.ACTIVE)
            .thenComparing(PrivilegeRecord::validTo, Comparator.nullsFirst(Comparator.reverseOrder()));

    private final long revision;
    private final List<RadiologistRecord> radiologists;
    private final Map<String, FacilityIndex> facilities;
    private final Map<UUID, RadiologistRecord> radiologistsById;
    private final ConcurrentHashMap<String, Candidates> candidates = new ConcurrentHashMap<>();

    private RegistrySnapshot(long revision, List<RadiologistRecord> radiologists,
            Map<String, FacilityIndex> facilities) {
        this.revision = revision;
        this.radiologists = radiologists;
        this.facilities = facilities;
        Map<UUID, RadiologistRecord> byId = new HashMap<>(radiologists.size() * 2);
        for (RadiologistRecord r : radiologists) {
            byId.put(r.id(), r);
        }
        this.radiologistsById = Map.copyOf(byId);
    }

    /** A snapshot of an empty registry. */
    public static RegistrySnapshot empty() {
        return new RegistrySnapshot(0, List.of(), Map.of());
    }

    /**
     * Compiles a snapshot. Privileges at facilities that are not in {@code facilityRecords} are ignored (they
     * can never qualify); duplicate facility codes or radiologist ids are a programming error.
     */
    public static RegistrySnapshot of(long revision, Collection<FacilityRecord> facilityRecords,
            Collection<RadiologistRecord> radiologistRecords) {
        List<RadiologistRecord> ordered = new ArrayList<>(radiologistRecords);
        ordered.sort(Comparator.comparing(RadiologistRecord::name).thenComparing(RadiologistRecord::id));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(ordered.get(i - 1).id())) {
                throw new IllegalArgumentException("radiologist " + ordered.get(i).id() + " appears twice");
            }
        }
        int n = ordered.size();

        // privileges by facility code, then by radiologist position
        Map<String, List<List<PrivilegeRecord>>> privilegesByFacility = new HashMap<>();
        for (FacilityRecord f : facilityRecords) {
            List<List<PrivilegeRecord>> perRadiologist = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                perRadiologist.add(null);
            }
            if (privilegesByFacility.put(f.code(), perRadiologist) != null) {
                throw new IllegalArgumentException("facility code " + f.code() + " appears twice");
            }
        }
        for (int i = 0; i < n; i++) {
            for (PrivilegeRecord p : ordered.get(i).privileges()) {
                List<List<PrivilegeRecord>> perRadiologist = privilegesByFacility.get(p.facilityCode());
                if (perRadiologist == null) {
                    continue;
                }
                List<PrivilegeRecord> held = perRadiologist.get(i);
                if (held == null) {
                    held = new ArrayList<>(2);
                    perRadiologist.set(i, held);
                }
                held.add(p);
            }
        }

        // covering licenses by jurisdiction (one computation per distinct facility jurisdiction)
        Map<Jurisdiction, List<List<LicenseRecord>>> coveringByJurisdiction = new HashMap<>();
        Map<String, FacilityIndex> index = new HashMap<>();
        for (FacilityRecord f : facilityRecords) {
            List<List<LicenseRecord>> covering = coveringByJurisdiction.computeIfAbsent(f.jurisdiction(),
                    where -> coveringLicenses(ordered, where));
            List<List<PrivilegeRecord>> held = privilegesByFacility.get(f.code());
            List<List<PrivilegeRecord>> compact = new ArrayList<>(n);
            for (List<PrivilegeRecord> list : held) {
                if (list == null) {
                    compact.add(List.of());
                } else {
                    list.sort(ACTIVE_FIRST_PRIVILEGES);
                    compact.add(List.copyOf(list));
                }
            }
            index.put(f.code(), new FacilityIndex(f, covering, List.copyOf(compact)));
        }
        return new RegistrySnapshot(revision, List.copyOf(ordered), Map.copyOf(index));
    }

    private static List<List<LicenseRecord>> coveringLicenses(List<RadiologistRecord> radiologists,
            Jurisdiction where) {
        List<List<LicenseRecord>> perRadiologist = new ArrayList<>(radiologists.size());
        for (RadiologistRecord r : radiologists) {
            List<LicenseRecord> covering = null;
            for (LicenseRecord l : r.licenses()) {
                if (l.jurisdiction().covers(where)) {
                    if (covering == null) {
                        covering = new ArrayList<>(2);
                    }
                    covering.add(l);
                }
            }
            if (covering == null) {
                perRadiologist.add(List.of());
            } else {
                covering.sort(ACTIVE_FIRST_LICENSES);
                perRadiologist.add(List.copyOf(covering));
            }
        }
        return List.copyOf(perRadiologist);
    }

    /** The registry revision this snapshot was loaded at (0 for a snapshot not loaded from a database). */
    public long revision() {
        return revision;
    }

    /** Every radiologist, in the order results list them. */
    public List<RadiologistRecord> radiologists() {
        return radiologists;
    }

    /** The radiologist with this id, if the registry has one. */
    public Optional<RadiologistRecord> radiologist(UUID id) {
        return Optional.ofNullable(radiologistsById.get(id));
    }

    public Optional<FacilityRecord> facility(String code) {
        FacilityIndex f = facilities.get(code);
        return f == null ? Optional.empty() : Optional.of(f.facility());
    }

    public int facilityCount() {
        return facilities.size();
    }

    FacilityIndex index(String facilityCode) {
        return facilities.get(facilityCode);
    }

    /**
     * Everyone who could be asked to read for this facility, as candidates: one per privilege a radiologist
     * holds there, or one without a privilege. Built on the first question about the facility, then kept.
     */
    Candidates candidates(FacilityIndex index) {
        Candidates c = candidates.get(index.facility().code());
        if (c == null) {
            c = candidates.computeIfAbsent(index.facility().code(), code -> Candidates.of(radiologists, index));
        }
        return c;
    }

    /**
     * The candidates of one facility in radiologist order; those of the radiologist at position {@code i} are
     * {@code all[first[i]]} up to (excluding) {@code all[first[i + 1]]}.
     */
    static final class Candidates {
        final Candidate[] all;
        final int[] first;
        /** Positions in {@code all} of the candidates holding a privilege at the facility. */
        final int[] privileged;

        private Candidates(Candidate[] all, int[] first) {
            this.all = all;
            this.first = first;
            int count = 0;
            for (Candidate c : all) {
                if (c.privilegeOrNull() != null) {
                    count++;
                }
            }
            this.privileged = new int[count];
            for (int i = 0, k = 0; i < all.length; i++) {
                if (all[i].privilegeOrNull() != null) {
                    privileged[k++] = i;
                }
            }
        }

        static Candidates of(List<RadiologistRecord> radiologists, FacilityIndex index) {
            int n = radiologists.size();
            List<Candidate> all = new ArrayList<>(n + n / 4);
            int[] first = new int[n + 1];
            for (int i = 0; i < n; i++) {
                first[i] = all.size();
                RadiologistRecord r = radiologists.get(i);
                List<LicenseRecord> covering = index.covering().get(i);
                List<PrivilegeRecord> held = index.privileges().get(i);
                if (held.isEmpty()) {
                    all.add(new Candidate(r, covering, null));
                } else {
                    for (PrivilegeRecord p : held) {
                        all.add(new Candidate(r, covering, p));
                    }
                }
            }
            first[n] = all.size();
            return new Candidates(all.toArray(new Candidate[0]), first);
        }
    }

    /**
     * One facility's view of the registry: for the radiologist at position {@code i}, {@code covering.get(i)}
     * are their licenses that cover the facility's jurisdiction (active ones first) and
     * {@code privileges.get(i)} their privileges at this facility (active ones first).
     */
    record FacilityIndex(FacilityRecord facility, List<List<LicenseRecord>> covering,
            List<List<PrivilegeRecord>> privileges) {
    }
}
