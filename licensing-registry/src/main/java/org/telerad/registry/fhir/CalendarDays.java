package org.telerad.registry.fhir;

import org.hl7.fhir.r4.model.DateTimeType;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/** Period bounds as the registry's calendar days: {@code 2027-06-30}; a bound less precise than a day is refused. */
final class CalendarDays {

    private CalendarDays() {
    }

    /** The day of {@code value} as YYYY-MM-DD, or null with a problem recorded under {@code where}. */
    static String of(DateTimeType value, String where, ElementViolations violations) {
        if (value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            violations.add(where, "TELERAD-REGISTRY-012", "'" + value.getValueAsString()
                    + "' is not a calendar day; use YYYY-MM-DD");
            return null;
        }
        String text = value.getValueAsString();
        int t = text.indexOf('T');
        return t > 0 ? text.substring(0, t) : text;
    }
}
