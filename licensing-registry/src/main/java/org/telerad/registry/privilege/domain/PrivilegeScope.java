package org.telerad.registry.privilege.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.shared.problem.TeleradException;

/**
 * What a privilege covers. An empty set means "all": no modalities listed = every modality, no
 * subspecialties = every subspecialty, no read types = preliminary and final. Modalities must be DICOM
 * defined terms (PS3.3 C.7.3.1.1.1) that carry images a radiologist reads.
 */
public record PrivilegeScope(Set<Modality> modalities, Set<Subspecialty> subspecialties, Set<ReadType> readTypes) {

    /** Modality defined terms a privilege may name. */
    public static final Set<String> KNOWN_MODALITIES = Set.of("CR", "CT", "DX", "MG", "MR", "NM", "PT", "US", "XA",
            "RF", "IO", "PX", "OT", "BMD", "DMS", "ES", "OCT", "OP", "SC", "XC", "IVUS", "TG", "RG", "GM", "SM");

    public PrivilegeScope {
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        subspecialties = subspecialties == null || subspecialties.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(subspecialties));
        readTypes = readTypes == null || readTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(readTypes));
        for (Modality m : modalities) {
            if (!KNOWN_MODALITIES.contains(m.code())) {
                throw TeleradException.invalid("TELERAD-REGISTRY-005", "modality", "'" + m.code()
                        + "' is not a DICOM modality a radiologist reads; use one of "
                        + new TreeSet<>(KNOWN_MODALITIES));
            }
        }
    }

    public static PrivilegeScope all() {
        return new PrivilegeScope(Set.of(), Set.of(), Set.of());
    }

    public static Modality modality(String code) {
        Modality m = Modality.of(code);
        new PrivilegeScope(Set.of(m), Set.of(), Set.of());
        return m;
    }

    public boolean coversModality(Modality modality) {
        return modalities.isEmpty() || modalities.contains(modality);
    }

    public boolean coversSubspecialty(Subspecialty subspecialty) {
        return subspecialties.isEmpty() || subspecialty == null || subspecialties.contains(subspecialty);
    }

    public boolean coversReadType(ReadType readType) {
        return readTypes.isEmpty() || readTypes.contains(readType);
    }

    public boolean covers(Modality modality, Subspecialty subspecialty, ReadType readType) {
        return coversModality(modality) && coversSubspecialty(subspecialty) && coversReadType(readType);
    }
}
