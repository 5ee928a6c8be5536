package org.telerad.registry.facility.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.shared.problem.TeleradException;

/**
 * Where a facility's data must stay: {@code EU} for the member states of the European Union (GDPR),
 * otherwise the ISO 3166-1 country ({@code US}, {@code GB}, {@code CH}); a facility may override it.
 */
public record ResidencyRegion(String code) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2,8}");
    private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    public static final ResidencyRegion EU = new ResidencyRegion("EU");

    public ResidencyRegion {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-016", "residencyRegion", "'" + code
                    + "' is not a residency region: use EU or an ISO 3166-1 country code");
        }
        if (!code.equals("EU") && !(Jurisdiction.isKnown(code) && Jurisdiction.of(code).isCountry())) {
            throw TeleradException.invalid("TELERAD-REGISTRY-016", "residencyRegion", "'" + code
                    + "' is not a residency region: use EU or an ISO 3166-1 country code");
        }
    }

    public static ResidencyRegion of(String code) {
        if (code == null || code.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-016", "residencyRegion", "a residency region is required");
        }
        return new ResidencyRegion(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The region a jurisdiction's data belongs to by default. */
    public static ResidencyRegion of(Jurisdiction jurisdiction) {
        String country = jurisdiction.country().code();
        return EU_MEMBERS.contains(country) ? EU : new ResidencyRegion(country);
    }

    @Override
    public String toString() {
        return code;
    }
}
