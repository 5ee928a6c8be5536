package org.telerad.registry.facility.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.RegistryChanged;
import org.telerad.registry.api.StudyOrigin;
import org.telerad.registry.facility.domain.DirectoryEntry;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityIndex;
import org.telerad.registry.facility.domain.ResidencyRegion;
import org.telerad.registry.facility.domain.StudyIdentifiers;

class RegistryFacilityDirectoryTest {

    /** A source whose facilities and revision the test changes. */
    static final class FixtureSource implements DirectorySource {
        volatile long revision = 1;
        volatile boolean dallasActive = true;
        int loads;

        @Override
        public long currentRevision() {
            return revision;
        }

        @Override
        public FacilityIndex load() {
            loads++;
            Jurisdiction tx = Jurisdiction.of("US-TX");
            return FacilityIndex.of(revision, List.of(new DirectoryEntry(FacilityCode.of("tx-dallas"), tx,
                    ResidencyRegion.of(tx), ZoneId.of("America/Chicago"), dallasActive,
                    new StudyIdentifiers(Set.of("DRIC_CT1"), Set.of("DRIC"), Set.of()))));
        }
    }

    static final StudyOrigin DRIC = StudyOrigin.fromArchive(List.of("ORTHANC"), List.of("DRIC"));

    @Test
    void answers_from_memory_until_the_revision_moves() {
        FixtureSource source = new FixtureSource();
        AtomicLong clock = new AtomicLong();
        RegistryFacilityDirectory directory = new RegistryFacilityDirectory(source, 100, clock::get);
        assertEquals("tx-dallas", directory.recognise(DRIC).orElseThrow().code());
        assertEquals("tx-dallas", directory.recognise(DRIC).orElseThrow().code());
        assertEquals(1, source.loads);

        source.dallasActive = false;
        source.revision = 2;
        clock.addAndGet(50);
        assertTrue(directory.recognise(DRIC).isPresent(), "within the check interval the index is reused");
        clock.addAndGet(100);
        assertFalse(directory.recognise(DRIC).isPresent(), "a deactivated facility is no longer recognised");
        assertEquals(2, source.loads);
    }

    @Test
    void a_committed_facility_change_reloads_on_the_next_question() {
        FixtureSource source = new FixtureSource();
        RegistryFacilityDirectory directory = new RegistryFacilityDirectory(source, Long.MAX_VALUE, () -> 0L);
        assertTrue(directory.recognise(DRIC).isPresent());
        source.dallasActive = false;
        directory.registryChanged(RegistryChanged.of("License", "x"));
        assertTrue(directory.recognise(DRIC).isPresent(), "other records do not touch the directory");
        directory.registryChanged(RegistryChanged.of("Facility", "x"));
        assertFalse(directory.recognise(DRIC).isPresent());
    }
}
