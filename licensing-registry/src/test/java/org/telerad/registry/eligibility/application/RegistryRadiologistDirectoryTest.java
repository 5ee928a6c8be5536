package org.telerad.registry.eligibility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.RadiologistDirectory;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.eligibility.domain.EligibilityPolicies;
import org.telerad.registry.eligibility.domain.FacilityRecord;
import org.telerad.registry.eligibility.domain.RadiologistRecord;
import org.telerad.registry.eligibility.domain.RegistrySnapshot;

class RegistryRadiologistDirectoryTest {

    private static final FacilityRecord DALLAS = new FacilityRecord(UUID.randomUUID(), "tx-dallas", "Dallas",
            Jurisdiction.of("US-TX"), ZoneId.of("America/Chicago"), true);
    private static final UUID TEXAN = UUID.randomUUID();
    private static final UUID ABROAD = UUID.randomUUID();
    private static final EligibilityQuery FINAL_CT = EligibilityQuery.of("tx-dallas", Modality.of("CT"),
            ReadType.FINAL, Instant.parse("2026-07-01T15:00:00Z"));

    /** A registry whose revision the test moves by hand; {@code npi} is the Texan's NPI at the next load. */
    static final class Registry implements SnapshotSource {
        long revision = 1;
        String npi = "1000000010";
        int loads;

        @Override
        public long currentRevision() {
            return revision;
        }

        @Override
        public RegistrySnapshot load() {
            loads++;
            return RegistrySnapshot.of(revision, List.of(DALLAS), List.of(
                    new RadiologistRecord(TEXAN, "Riley Texas", "rad-tx", true, Set.of(), List.of(), List.of(), "US",
                            npi),
                    new RadiologistRecord(ABROAD, "Ana Sydney", null, true, Set.of(), List.of(), List.of(), "AU",
                            null)));
        }
    }

    final Registry registry = new Registry();
    final RegistryEligibility eligibility = new RegistryEligibility(registry, EligibilityPolicies.standard(), 0,
            System::nanoTime);
    final RadiologistDirectory directory = new RegistryRadiologistDirectory(eligibility);

    @Test
    void tells_a_radiologist_s_home_country_npi_and_username() {
        assertThat(directory.find(TEXAN)).contains(new RadiologistDirectory.Entry(TEXAN, "Riley Texas", "rad-tx", "US",
                "1000000010", true));
        assertThat(directory.find(ABROAD)).hasValueSatisfying(e -> {
            assertThat(e.homeCountry()).isEqualTo("AU");
            assertThat(e.npi()).isNull();
            assertThat(e.username()).isNull();
        });
    }

    @Test
    void knows_nobody_the_registry_does_not_know() {
        assertThat(directory.find(UUID.randomUUID())).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void answers_from_the_snapshot_of_the_last_eligibility_question_without_reloading() {
        eligibility.evaluate(FINAL_CT);
        directory.find(TEXAN);
        directory.find(ABROAD);
        assertThat(registry.loads).isEqualTo(1);

        registry.npi = "1000000028";
        registry.revision++;
        assertThat(directory.find(TEXAN)).map(RadiologistDirectory.Entry::npi).contains("1000000010");

        eligibility.evaluate(FINAL_CT); // the next question sees the new revision; the directory follows it
        assertThat(directory.find(TEXAN)).map(RadiologistDirectory.Entry::npi).contains("1000000028");
        assertThat(registry.loads).isEqualTo(2);
    }
}
