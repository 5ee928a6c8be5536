package org.telerad.registry.eligibility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.RegistryChanged;
import org.telerad.registry.eligibility.domain.CredentialStatus;
import org.telerad.registry.eligibility.domain.EligibilityPolicies;
import org.telerad.registry.eligibility.domain.FacilityRecord;
import org.telerad.registry.eligibility.domain.LicenseRecord;
import org.telerad.registry.eligibility.domain.PrivilegeRecord;
import org.telerad.registry.eligibility.domain.RadiologistRecord;
import org.telerad.registry.eligibility.domain.RegistrySnapshot;

class RegistryEligibilityTest {

    private static final Jurisdiction US_TX = Jurisdiction.of("US-TX");
    private static final FacilityRecord DALLAS = new FacilityRecord(UUID.randomUUID(), "tx-dallas", "Dallas", US_TX,
            ZoneId.of("America/Chicago"), true);
    private static final UUID RAD = UUID.randomUUID();
    private static final EligibilityQuery FINAL_CT = EligibilityQuery.of("tx-dallas", Modality.of("CT"),
            ReadType.FINAL, Instant.parse("2026-07-01T15:00:00Z"));

    /** An in-memory registry whose revision moves with every change, like the database's. */
    static final class InMemoryRegistry implements SnapshotSource {
        long revision = 1;
        CredentialStatus licenseStatus = CredentialStatus.ACTIVE;
        int loads;
        int revisionReads;

        void suspendLicense() {
            licenseStatus = CredentialStatus.SUSPENDED;
            revision++;
        }

        @Override
        public long currentRevision() {
            revisionReads++;
            return revision;
        }

        @Override
        public RegistrySnapshot load() {
            loads++;
            var license = new LicenseRecord(UUID.randomUUID(), US_TX, "TX-1", licenseStatus, null, null);
            var privilege = new PrivilegeRecord(UUID.randomUUID(), "tx-dallas", CredentialStatus.ACTIVE, null, null,
                    Set.of(), Set.of(), Set.of());
            return RegistrySnapshot.of(revision, List.of(DALLAS), List.of(new RadiologistRecord(RAD, "Rad Tx", "rad-tx", true,
                    Set.of(), List.of(license), List.of(privilege))));
        }
    }

    @Test
    void loads_the_registry_once_and_answers_from_memory_while_the_revision_stands_still() {
        var registry = new InMemoryRegistry();
        var eligibility = new RegistryEligibility(registry, EligibilityPolicies.standard(), 0, System::nanoTime);

        eligibility.evaluate(FINAL_CT);
        eligibility.evaluate(FINAL_CT);
        eligibility.evaluate(FINAL_CT);

        assertThat(registry.loads).isEqualTo(1);
        assertThat(eligibility.snapshotRevision()).isEqualTo(1);
    }

    @Test
    void sees_a_suspension_committed_on_another_node_at_the_next_question() {
        var registry = new InMemoryRegistry();
        var eligibility = new RegistryEligibility(registry, EligibilityPolicies.standard(), 0, System::nanoTime);
        assertThat(eligibility.evaluate(FINAL_CT).isEligible(RAD)).isTrue();

        registry.suspendLicense();

        var after = eligibility.evaluate(FINAL_CT);
        assertThat(after.isEligible(RAD)).isFalse();
        assertThat(after.exclusion(RAD).orElseThrow().hasCode("TELERAD-ELIG-023")).isTrue();
        assertThat(after.registryRevision()).isEqualTo(2);
    }

    @Test
    void a_registry_changed_event_reloads_even_between_revision_checks() {
        var registry = new InMemoryRegistry();
        var clock = new AtomicLong();
        var eligibility = new RegistryEligibility(registry, EligibilityPolicies.standard(),
                TimeUnit.SECONDS.toNanos(10), clock::get);
        eligibility.evaluate(FINAL_CT);

        registry.suspendLicense();
        clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(eligibility.evaluate(FINAL_CT).isEligible(RAD)).as("within the check interval").isTrue();

        eligibility.registryChanged(RegistryChanged.of("License", UUID.randomUUID()));

        assertThat(eligibility.evaluate(FINAL_CT).isEligible(RAD)).isFalse();
        assertThat(registry.loads).isEqualTo(2);
    }

    @Test
    void checks_the_revision_at_most_once_per_interval() {
        var registry = new InMemoryRegistry();
        var clock = new AtomicLong();
        var eligibility = new RegistryEligibility(registry, EligibilityPolicies.standard(),
                TimeUnit.SECONDS.toNanos(1), clock::get);
        eligibility.evaluate(FINAL_CT);
        int readsAfterLoad = registry.revisionReads;

        eligibility.evaluate(FINAL_CT);
        eligibility.evaluate(FINAL_CT);
        clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
        eligibility.evaluate(FINAL_CT);

        assertThat(registry.revisionReads - readsAfterLoad).isEqualTo(1);
    }
}
