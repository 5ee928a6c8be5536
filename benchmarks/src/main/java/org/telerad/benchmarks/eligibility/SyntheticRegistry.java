package org.telerad.benchmarks.eligibility;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.eligibility.domain.CredentialStatus;
import org.telerad.registry.eligibility.domain.FacilityRecord;
import org.telerad.registry.eligibility.domain.LicenseRecord;
import org.telerad.registry.eligibility.domain.PrivilegeRecord;
import org.telerad.registry.eligibility.domain.RadiologistRecord;
import org.telerad.registry.eligibility.domain.RegistrySnapshot;

/**
 * A reproducible synthetic registry (fixed seed): facilities spread over US states and German Länder,
 * radiologists with distinct licenses (mostly active, some expired, suspended or revoked; a few national
 * German licenses) and privileges at distinct facilities (mostly active, with varied modality, read type and
 * subspecialty scopes), and a rotating set of eligibility questions at one instant.
 */
public final class SyntheticRegistry {

    static final Instant AT = Instant.parse("2026-07-01T14:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final String[] MODALITIES = { "CT", "MR", "CR", "US", "DX", "NM", "MG", "PT" };

    private final RegistrySnapshot snapshot;
    private final List<EligibilityQuery> queries;

    private SyntheticRegistry(RegistrySnapshot snapshot, List<EligibilityQuery> queries) {
        this.snapshot = snapshot;
        this.queries = queries;
    }

    public RegistrySnapshot snapshot() {
        return snapshot;
    }

    public List<EligibilityQuery> queries() {
        return queries;
    }

    /**
     * Generates {@code radiologists} radiologists with {@code licensesEach} licenses in distinct jurisdictions
     * and {@code privilegesEach} privileges at distinct facilities among {@code facilities} facilities.
     */
    public static SyntheticRegistry generate(long seed, int radiologists, int licensesEach, int privilegesEach,
            int facilities, int queryCount) {
        Random random = new Random(seed);
        List<Jurisdiction> places = new ArrayList<>();
        for (String state : new String[] { "TX", "CA", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "NJ", "VA",
                "WA", "AZ", "MA", "TN", "IN", "MO", "MD", "WI", "CO", "MN", "SC", "AL", "LA", "KY", "OR", "OK",
                "CT", "UT" }) {
            places.add(Jurisdiction.of("US-" + state));
        }
        for (String land : new String[] { "BY", "BE", "NW", "HE", "BW", "HH", "SN", "NI" }) {
            places.add(Jurisdiction.of("DE-" + land));
        }

        List<FacilityRecord> facilityRecords = new ArrayList<>(facilities);
        for (int i = 0; i < facilities; i++) {
            Jurisdiction where = places.get(random.nextInt(places.size()));
            String code = where.code().toLowerCase() + "-" + i;
            ZoneId zone = ZoneId.of(where.code().startsWith("DE") ? "Europe/Berlin" : "America/Chicago");
            facilityRecords.add(new FacilityRecord(uuid("facility-" + i), code, "Facility " + i, where, zone,
                    random.nextInt(50) != 0));
        }

        List<RadiologistRecord> radiologistRecords = new ArrayList<>(radiologists);
        for (int r = 0; r < radiologists; r++) {
            Set<Jurisdiction> licensed = new LinkedHashSet<>();
            while (licensed.size() < licensesEach) {
                licensed.add(random.nextInt(40) == 0 ? Jurisdiction.of("DE") : places.get(random.nextInt(places.size())));
            }
            List<LicenseRecord> licenses = new ArrayList<>(licensesEach);
            int l = 0;
            for (Jurisdiction where : licensed) {
                int roll = random.nextInt(100);
                CredentialStatus status = roll < 4 ? CredentialStatus.SUSPENDED
                        : roll < 7 ? CredentialStatus.REVOKED : CredentialStatus.ACTIVE;
                LocalDate from = TODAY.minusDays(200 + random.nextInt(2000));
                LocalDate to = roll >= 7 && roll < 15 ? TODAY.minusDays(1 + random.nextInt(300))
                        : TODAY.plusDays(1 + random.nextInt(1000));
                licenses.add(new LicenseRecord(uuid("license-" + r + "-" + l++), where, "LIC-" + r + "-" + l, status,
                        from, to));
            }
            Set<Integer> at = new HashSet<>();
            while (at.size() < privilegesEach) {
                at.add(random.nextInt(facilities));
            }
            List<PrivilegeRecord> privileges = new ArrayList<>(privilegesEach);
            int p = 0;
            for (int f : at) {
                int roll = random.nextInt(100);
                CredentialStatus status = roll < 3 ? CredentialStatus.SUSPENDED
                        : roll < 5 ? CredentialStatus.INACTIVE : CredentialStatus.ACTIVE;
                LocalDate to = roll >= 5 && roll < 10 ? TODAY.minusDays(1 + random.nextInt(100)) : null;
                Set<Modality> modalities = new HashSet<>();
                if (random.nextBoolean()) {
                    int k = 1 + random.nextInt(4);
                    for (int m = 0; m < k; m++) {
                        modalities.add(Modality.of(MODALITIES[random.nextInt(MODALITIES.length)]));
                    }
                }
                int rt = random.nextInt(10);
                Set<ReadType> readTypes = rt < 7 ? Set.of()
                        : rt < 9 ? Set.of(ReadType.PRELIMINARY) : Set.of(ReadType.FINAL);
                Set<Subspecialty> narrowed = random.nextInt(5) == 0 ? randomSubspecialties(random, 2) : Set.of();
                privileges.add(new PrivilegeRecord(uuid("privilege-" + r + "-" + p++),
                        facilityRecords.get(f).code(), status, TODAY.minusDays(400), to, modalities, narrowed,
                        readTypes));
            }
            radiologistRecords.add(new RadiologistRecord(uuid("radiologist-" + r), "Radiologist " + r, "rad-" + r,
                    random.nextInt(50) != 0, randomSubspecialties(random, 1 + random.nextInt(3)), licenses,
                    privileges));
        }

        List<EligibilityQuery> queries = new ArrayList<>(queryCount);
        while (queries.size() < queryCount) {
            FacilityRecord f = facilityRecords.get(random.nextInt(facilities));
            if (!f.active()) {
                continue;
            }
            EligibilityQuery q = EligibilityQuery.of(f.code(), Modality.of(MODALITIES[random.nextInt(4)]),
                    random.nextInt(3) == 0 ? ReadType.PRELIMINARY : ReadType.FINAL, AT);
            if (random.nextInt(4) == 0) {
                q = q.requiring(Subspecialty.values()[random.nextInt(Subspecialty.values().length)]);
            }
            queries.add(q);
        }
        return new SyntheticRegistry(RegistrySnapshot.of(1, facilityRecords, radiologistRecords), List.copyOf(queries));
    }

    private static Set<Subspecialty> randomSubspecialties(Random random, int count) {
        Set<Subspecialty> held = EnumSet.noneOf(Subspecialty.class);
        while (held.size() < count) {
            held.add(Subspecialty.values()[random.nextInt(Subspecialty.values().length)]);
        }
        return held;
    }

    private static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
