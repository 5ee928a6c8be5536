package org.telerad.registry.privilege.application;

import java.util.List;

/**
 * A privilege's scope as interfaces send and show it: modality codes (CT, MR), subspecialty codes (neuro)
 * and read types (preliminary, final); an empty or absent list means all.
 */
public record ScopeData(List<String> modalities, List<String> subspecialties, List<String> readTypes) {

    public static ScopeData all() {
        return new ScopeData(List.of(), List.of(), List.of());
    }
}
