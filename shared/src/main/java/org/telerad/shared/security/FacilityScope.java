package org.telerad.shared.security;

import java.util.Objects;
import java.util.Set;

import org.telerad.shared.problem.TeleradException;

/**
 * Which facilities' records a caller sees in a list that spans facilities (the operations board, the unroutable
 * queue, result deliveries): credentialing admins, auditors and Telerad services every facility, or the one they
 * ask for; a facility admin their own facilities, or the one they ask for when it is theirs; anyone else nothing.
 * Refusals are 403s with the list's own {@code code} and sentences.
 *
 * @param code the error code of a refusal
 * @param notTheirFacility the sentence when a facility admin asks for another facility
 * @param notAllowed the sentence when the caller may not see the list at all
 */
public record FacilityScope(String code, String notTheirFacility, String notAllowed) {

    public FacilityScope {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(notTheirFacility, "notTheirFacility");
        Objects.requireNonNull(notAllowed, "notAllowed");
    }

    /** The facility codes {@code caller} sees when asking for {@code facility} (blank = all); null = every one. */
    public Set<String> facilitiesFor(Caller caller, String facility) {
        String asked = facility == null || facility.isBlank() ? null : facility.strip();
        if (caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            return asked == null ? null : Set.of(asked);
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN)) {
            if (asked == null) {
                return Set.copyOf(caller.facilityCodes());
            }
            if (caller.managesFacility(asked)) {
                return Set.of(asked);
            }
            throw TeleradException.forbidden(code, notTheirFacility);
        }
        throw TeleradException.forbidden(code, notAllowed);
    }
}
