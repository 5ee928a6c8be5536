package org.telerad.registry.eligibility.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.eligibility.domain.SnapshotEligibility;

@ExtendWith(RegistryTables.class)
class JdbcSnapshotSourceTest {

    private static final UUID DALLAS = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID RAD_TX = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID RAD_CA = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final UUID TX_LICENSE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final EligibilityQuery FINAL_CT = EligibilityQuery.of("tx-dallas", Modality.of("CT"),
            ReadType.FINAL, Instant.parse("2026-07-01T15:00:00Z"));

    private static void seed(RegistryTables db) throws Exception {
        db.execute(
                "insert into registry_facility (id, code, name, jurisdiction, time_zone) values ('" + DALLAS
                        + "', 'tx-dallas', 'Dallas Medical Center', 'US-TX', 'America/Chicago')",
                radiologist(RAD_TX, "Terry", "Texan"), radiologist(RAD_CA, "Cary", "Californian"),
                "insert into registry_radiologist_subspecialty values ('" + RAD_TX + "', 'NEURO')",
                "insert into registry_license (id, radiologist_id, jurisdiction, number, type, status, valid_from,"
                        + " valid_to) values ('" + TX_LICENSE + "', '" + RAD_TX
                        + "', 'US-TX', 'TX-1', 'FULL', 'ACTIVE', '2020-01-01', '2027-12-31')",
                "insert into registry_license (id, radiologist_id, jurisdiction, number, type, status, valid_from)"
                        + " values (gen_random_uuid(), '" + RAD_CA + "', 'US-CA', 'CA-1', 'FULL', 'ACTIVE', '2020-01-01')",
                privilege(RAD_TX, "CT,MR", "", ""), privilege(RAD_CA, "", "", "PRELIMINARY"));
    }

    private static String radiologist(UUID id, String given, String family) {
        return "insert into registry_radiologist (id, family_name, given_name, email, username, home_country) values ('"
                + id + "', '" + family + "', '" + given + "', '" + given.toLowerCase() + "@example.org', '"
                + given.toLowerCase() + "', 'US')";
    }

    private static String privilege(UUID radiologist, String modalities, String subspecialties, String readTypes) {
        return "insert into registry_privilege (id, radiologist_id, facility_id, facility_code, status, valid_from,"
                + " scope_modalities, scope_subspecialties, scope_read_types, granted_by, granted_at) values"
                + " (gen_random_uuid(), '" + radiologist + "', '" + DALLAS + "', 'tx-dallas', 'ACTIVE', '2020-01-01', '"
                + modalities + "', '" + subspecialties + "', '" + readTypes + "', 'credentialing', now())";
    }

    @Test
    void loads_radiologists_with_their_licenses_privileges_and_subspecialties(RegistryTables db) throws Exception {
        seed(db);

        var snapshot = new JdbcSnapshotSource(db.dataSource()).load();
        var result = SnapshotEligibility.of(snapshot).evaluate(FINAL_CT.requiring(Subspecialty.NEURO));

        assertThat(snapshot.radiologists()).hasSize(2);
        var eligible = result.eligibility(RAD_TX).orElseThrow();
        assertThat(eligible.name()).isEqualTo("Terry Texan");
        assertThat(eligible.username()).isEqualTo("terry");
        assertThat(eligible.licenses()).extracting(l -> l.licenseId()).containsExactly(TX_LICENSE);
        assertThat(eligible.privilege().modalities()).extracting(Modality::code).containsExactlyInAnyOrder("CT", "MR");
        assertThat(result.exclusion(RAD_CA).orElseThrow().rejections()).extracting(r -> r.rule()).containsExactly(
                "LicensedInPatientJurisdiction", "PrivilegeCoversReadType", "HoldsRequiredSubspecialty");
    }

    @Test
    void loads_each_radiologist_s_home_country_and_npi_for_the_directory(RegistryTables db) throws Exception {
        seed(db);
        db.execute("insert into registry_radiologist_identifier (radiologist_id, system, value) values ('" + RAD_TX
                + "', 'http://hl7.org/fhir/sid/us-npi', '1234567893')",
                "insert into registry_radiologist_identifier (radiologist_id, system, value) values ('" + RAD_CA
                        + "', 'urn:oid:2.16.840.1.113883.3.1', 'CA-STAFF-9')");

        var snapshot = new JdbcSnapshotSource(db.dataSource()).load();

        assertThat(snapshot.radiologist(RAD_TX)).hasValueSatisfying(r -> {
            assertThat(r.homeCountry()).isEqualTo("US");
            assertThat(r.npi()).isEqualTo("1234567893");
        });
        assertThat(snapshot.radiologist(RAD_CA)).hasValueSatisfying(r -> assertThat(r.npi()).isNull());
    }

    @Test
    void loads_each_radiologist_s_family_and_given_names_apart_for_dicom_person_names(RegistryTables db)
            throws Exception {
        seed(db);

        var snapshot = new JdbcSnapshotSource(db.dataSource()).load();

        assertThat(snapshot.radiologist(RAD_TX)).hasValueSatisfying(r -> {
            assertThat(r.familyName()).isEqualTo("Texan");
            assertThat(r.givenName()).isEqualTo("Terry");
            assertThat(r.name()).isEqualTo("Terry Texan");
        });
    }

    @Test
    void every_committed_change_of_the_registry_moves_the_revision(RegistryTables db) throws Exception {
        seed(db);
        var source = new JdbcSnapshotSource(db.dataSource());
        long before = source.currentRevision();

        db.execute("update registry_license set status = 'SUSPENDED' where id = '" + TX_LICENSE + "'");

        long after = source.currentRevision();
        assertThat(after).isGreaterThan(before);
        var snapshot = source.load();
        assertThat(snapshot.revision()).isEqualTo(after);
        assertThat(SnapshotEligibility.of(snapshot).evaluate(FINAL_CT).exclusion(RAD_TX).orElseThrow()
                .hasCode("TELERAD-ELIG-023")).isTrue();
    }

    @Test
    void a_rolled_back_change_leaves_the_revision_alone(RegistryTables db) throws Exception {
        seed(db);
        var source = new JdbcSnapshotSource(db.dataSource());
        long before = source.currentRevision();

        db.executeAndRollBack("update registry_privilege set status = 'REVOKED'");

        assertThat(source.currentRevision()).isEqualTo(before);
    }

    @Test
    void loads_each_privilege_s_reading_windows_and_a_change_to_them_bumps_the_registry_revision(RegistryTables db)
            throws Exception {
        seed(db);
        var source = new JdbcSnapshotSource(db.dataSource());
        long before = source.currentRevision();
        db.execute("update registry_privilege set available_times = 'MON,TUE,WED,THU,FRI@22:00-06:00' where"
                + " radiologist_id = '" + RAD_TX + "'");

        var snapshot = source.load();

        assertThat(snapshot.revision()).isGreaterThan(before);
        var windows = snapshot.radiologist(RAD_TX).orElseThrow().privileges().get(0).availability();
        assertThat(windows.notation()).isEqualTo("MON,TUE,WED,THU,FRI@22:00-06:00");
        assertThat(snapshot.radiologist(RAD_CA).orElseThrow().privileges().get(0).availability().isAlways()).isTrue();
        // Tuesday 2026-12-01 09:00 UTC = 03:00 in Dallas, after Monday night's shift started
        assertThat(org.telerad.registry.availability.application.RegistryShiftAvailability.offShiftBecause(snapshot,
                RAD_TX, "tx-dallas", Instant.parse("2026-12-01T09:00:00Z"))).isEmpty();
        assertThat(org.telerad.registry.availability.application.RegistryShiftAvailability.offShiftBecause(snapshot,
                RAD_TX, "tx-dallas", Instant.parse("2026-12-01T18:00:00Z"))).isPresent();
    }
}
