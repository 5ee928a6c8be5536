package org.telerad.registry.eligibility.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.eligibility.application.EligibilityInquiry;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Roles;

/**
 * {@code GET /api/eligibility?facility=tx-dallas&modality=CT&readType=final&subspecialty=neuro&at=...}:
 * who may read such a study from that facility at that instant (default: now), and for every other
 * radiologist each rule that excludes them. Facility admins may ask about their own facilities only.
 */
@Path("/eligibility")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    static final String INVALID = "TELERAD-ELIG-003";

    @Inject
    EligibilityInquiry inquiry;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN })
    public EligibilityJson eligibility(@QueryParam("facility") String facility,
            @QueryParam("modality") String modality, @QueryParam("readType") String readType,
            @QueryParam("subspecialty") List<String> subspecialties, @QueryParam("at") String at) {
        return EligibilityJson.of(inquiry.ask(query(facility, modality, readType, subspecialties, at,
                clock.instant())));
    }

    /** Parses the query parameters, reporting every invalid one at once. */
    static EligibilityQuery query(String facility, String modality, String readType, List<String> subspecialties,
            String at, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (facility == null || facility.isBlank()) {
            violations.add(new FieldViolation("facility", "the facility code is required (facility=tx-dallas)"));
        }
        Modality m = null;
        if (modality == null || modality.isBlank()) {
            violations.add(new FieldViolation("modality", "the modality is required (modality=CT)"));
        } else {
            m = parse("modality", violations, () -> Modality.of(modality));
        }
        ReadType r = null;
        if (readType == null || readType.isBlank()) {
            violations.add(new FieldViolation("readType", "the read type is required (readType=preliminary or final)"));
        } else {
            r = parse("readType", violations, () -> ReadType.of(readType));
        }
        Set<Subspecialty> required = EnumSet.noneOf(Subspecialty.class);
        if (subspecialties != null) {
            for (String value : subspecialties) {
                for (String code : value.split(",")) {
                    if (!code.isBlank()) {
                        Subspecialty s = parse("subspecialty", violations, () -> Subspecialty.of(code));
                        if (s != null) {
                            required.add(s);
                        }
                    }
                }
            }
        }
        Instant instant = now;
        if (at != null && !at.isBlank()) {
            try {
                instant = Instant.parse(at.strip());
            } catch (DateTimeParseException e) {
                violations.add(new FieldViolation("at", "'" + at
                        + "' is not an ISO-8601 instant (for example 2026-07-01T14:00:00Z)"));
            }
        }
        if (!violations.isEmpty()) {
            throw TeleradException.invalid(INVALID, "The eligibility question is not valid: "
                    + violations.get(0).field() + ": " + violations.get(0).message(), violations);
        }
        return new EligibilityQuery(facility.strip(), m, r, required, instant);
    }

    private static <T> T parse(String field, List<FieldViolation> violations, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (TeleradException e) {
            violations.add(new FieldViolation(field, e.getMessage()));
            return null;
        }
    }
}
