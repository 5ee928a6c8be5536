package org.telerad.registry.availability.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.availability.domain.AvailableTime;
import org.telerad.registry.availability.domain.WeeklyAvailability;
import org.telerad.registry.eligibility.domain.CredentialStatus;
import org.telerad.registry.eligibility.domain.FacilityRecord;
import org.telerad.registry.eligibility.domain.PrivilegeRecord;
import org.telerad.registry.eligibility.domain.RadiologistRecord;
import org.telerad.registry.eligibility.domain.RegistrySnapshot;

class RegistryShiftAvailabilityTest {

    private static final UUID NIGHT_READER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID ANY_TIME_READER = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final WeeklyAvailability WEEKNIGHTS = WeeklyAvailability.of(AvailableTime.between(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0)));

    private static final RegistrySnapshot SNAPSHOT = RegistrySnapshot.of(7,
            List.of(facility("tx-dallas", "America/Chicago"), facility("de-munich", "Europe/Berlin")),
            List.of(reader(NIGHT_READER, privilege("tx-dallas", CredentialStatus.REVOKED, WeeklyAvailability.always()),
                    privilege("tx-dallas", CredentialStatus.ACTIVE, WEEKNIGHTS)),
                    reader(ANY_TIME_READER, privilege("tx-dallas", CredentialStatus.ACTIVE,
                            WeeklyAvailability.always()))));

    private static FacilityRecord facility(String code, String zone) {
        return new FacilityRecord(UUID.nameUUIDFromBytes(code.getBytes()), code, code, Jurisdiction.of("US-TX"),
                ZoneId.of(zone), true);
    }

    private static PrivilegeRecord privilege(String facility, CredentialStatus status, WeeklyAvailability windows) {
        return new PrivilegeRecord(UUID.randomUUID(), facility, status, LocalDate.of(2020, 1, 1), null, Set.of(),
                Set.of(), Set.of(), windows);
    }

    private static RadiologistRecord reader(UUID id, PrivilegeRecord... privileges) {
        return new RadiologistRecord(id, "Reader " + id, null, true, Set.of(), List.of(), List.of(privileges));
    }

    @Test
    void a_radiologist_with_no_availability_counts_as_available() {
        assertThat(RegistryShiftAvailability.offShiftBecause(SNAPSHOT, ANY_TIME_READER, "tx-dallas",
                Instant.parse("2026-11-29T12:00:00Z"))).isEmpty();
    }

    @Test
    void a_night_reader_is_on_shift_at_03_00_facility_time_after_a_weeknight_and_off_at_noon() {
        // Tuesday 2026-12-01 09:00 UTC = 03:00 in Dallas
        assertThat(RegistryShiftAvailability.offShiftBecause(SNAPSHOT, NIGHT_READER, "tx-dallas",
                Instant.parse("2026-12-01T09:00:00Z"))).isEmpty();
        // Tuesday 18:00 UTC = 12:00 in Dallas
        assertThat(RegistryShiftAvailability.offShiftBecause(SNAPSHOT, NIGHT_READER, "tx-dallas",
                Instant.parse("2026-12-01T18:00:00Z"))).hasValue("off shift at Tue 12:00 (America/Chicago); reads"
                        + " tx-dallas Mon, Tue, Wed, Thu, Fri 22:00-06:00");
    }

    @Test
    void the_current_privilege_decides_not_a_revoked_one() {
        assertThat(RegistryShiftAvailability.offShiftBecause(SNAPSHOT, NIGHT_READER, "tx-dallas",
                Instant.parse("2026-12-01T18:00:00Z"))).isPresent();
    }

    @Test
    void without_a_privilege_or_facility_the_answer_is_left_to_eligibility() {
        Instant noon = Instant.parse("2026-12-01T18:00:00Z");
        assertThat(RegistryShiftAvailability.offShiftBecause(SNAPSHOT, NIGHT_READER, "de-munich", noon)).isEmpty();
        assertThat(RegistryShiftAvailability.offShiftBecause(SNAPSHOT, NIGHT_READER, "nowhere", noon)).isEmpty();
        assertThat(RegistryShiftAvailability.offShiftBecause(SNAPSHOT, UUID.randomUUID(), "tx-dallas", noon)).isEmpty();
    }
}
