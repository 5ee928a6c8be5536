package org.telerad.registry.radiologist.application;

/**
 * Search filters as interfaces receive them, all optional: part of a name, a license jurisdiction code, a
 * subspecialty code, a facility code (holds a privilege there), the active flag.
 */
public record RadiologistSearch(String name, String jurisdiction, String subspecialty, String facility,
        Boolean active) {

    public static RadiologistSearch any() {
        return new RadiologistSearch(null, null, null, null, null);
    }
}
