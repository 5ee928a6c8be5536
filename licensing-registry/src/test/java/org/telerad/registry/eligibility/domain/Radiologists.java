package org.telerad.registry.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;

/**
 * Radiologist fixtures that read like the test: {@code Radiologists.licensedIn(US_TX).privilegedAt(DALLAS)}.
 * Licenses and privileges are active and unbounded unless a step says otherwise.
 */
final class Radiologists {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Radiologists() {
    }

    static Fixture licensedIn(Jurisdiction... jurisdictions) {
        Fixture f = new Fixture();
        for (Jurisdiction j : jurisdictions) {
            f.license(Licenses.in(j));
        }
        return f;
    }

    static Fixture unlicensed() {
        return new Fixture();
    }

    /** Builds one radiologist record step by step. */
    static final class Fixture {
        private final UUID id = UUID.randomUUID();
        private String name = String.format("Radiologist %03d", SEQUENCE.incrementAndGet());
        private boolean active = true;
        private final Set<Subspecialty> subspecialties = EnumSet.noneOf(Subspecialty.class);
        private final List<LicenseRecord> licenses = new ArrayList<>();
        private final List<PrivilegeRecord> privileges = new ArrayList<>();

        Fixture named(String n) {
            this.name = n;
            return this;
        }

        Fixture license(LicenseRecord l) {
            licenses.add(l);
            return this;
        }

        Fixture privilegedAt(FacilityRecord facility) {
            return privilege(Privileges.at(facility).record());
        }

        Fixture privilege(PrivilegeRecord p) {
            privileges.add(p);
            return this;
        }

        Fixture privilege(Privileges.Fixture p) {
            return privilege(p.record());
        }

        Fixture holding(Subspecialty... held) {
            subspecialties.addAll(List.of(held));
            return this;
        }

        Fixture deactivated() {
            active = false;
            return this;
        }

        UUID id() {
            return id;
        }

        RadiologistRecord record() {
            return new RadiologistRecord(id, name, null, active, subspecialties, licenses, privileges);
        }
    }

    /** License fixtures. */
    static final class Licenses {
        private Licenses() {
        }

        static LicenseRecord in(Jurisdiction where) {
            return new LicenseRecord(UUID.randomUUID(), where, "L-" + where.code(), CredentialStatus.ACTIVE, null,
                    null);
        }

        static LicenseRecord in(Jurisdiction where, CredentialStatus status) {
            return new LicenseRecord(UUID.randomUUID(), where, "L-" + where.code(), status, null, null);
        }

        static LicenseRecord in(Jurisdiction where, LocalDate from, LocalDate to) {
            return new LicenseRecord(UUID.randomUUID(), where, "L-" + where.code(), CredentialStatus.ACTIVE, from, to);
        }
    }

    /** Privilege fixtures: {@code Privileges.at(DALLAS).preliminaryOnly().modalities("MR")}. */
    static final class Privileges {
        private Privileges() {
        }

        static Fixture at(FacilityRecord facility) {
            return new Fixture(facility.code());
        }

        static final class Fixture {
            private final String facilityCode;
            private CredentialStatus status = CredentialStatus.ACTIVE;
            private LocalDate from;
            private LocalDate to;
            private final Set<Modality> modalities = new java.util.HashSet<>();
            private final Set<Subspecialty> subspecialties = EnumSet.noneOf(Subspecialty.class);
            private final Set<ReadType> readTypes = EnumSet.noneOf(ReadType.class);

            Fixture(String facilityCode) {
                this.facilityCode = facilityCode;
            }

            Fixture preliminaryOnly() {
                readTypes.add(ReadType.PRELIMINARY);
                return this;
            }

            Fixture finalOnly() {
                readTypes.add(ReadType.FINAL);
                return this;
            }

            Fixture modalities(String... codes) {
                for (String c : codes) {
                    modalities.add(Modality.of(c));
                }
                return this;
            }

            Fixture narrowedTo(Subspecialty... s) {
                subspecialties.addAll(List.of(s));
                return this;
            }

            Fixture status(CredentialStatus s) {
                status = s;
                return this;
            }

            Fixture valid(LocalDate fromDate, LocalDate toDate) {
                from = fromDate;
                to = toDate;
                return this;
            }

            PrivilegeRecord record() {
                return new PrivilegeRecord(UUID.randomUUID(), facilityCode, status, from, to, modalities,
                        subspecialties, readTypes);
            }
        }
    }
}
