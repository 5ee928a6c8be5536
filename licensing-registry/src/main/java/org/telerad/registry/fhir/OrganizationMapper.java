package org.telerad.registry.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.facility.application.FacilityDetails;
import org.telerad.registry.facility.application.FacilityView;
import org.telerad.registry.facility.application.StudyIdentifiersData;

/**
 * Organization = facility. {@code address.state}/{@code address.country} carry the jurisdiction (a USPS or
 * subdivision code and an ISO 3166-1 country; {@code state} may also be a full ISO 3166-2 code; a state
 * without country is a US state); identifiers carry the facility code ({@value FhirSystems#FACILITY_CODE})
 * and the identifiers that recognise its studies (AE titles, institution names, HL7 sending facilities);
 * Telerad extensions carry the time zone (required) and a residency override.
 */
final class OrganizationMapper {

    static final String TYPE = "Organization";

    private OrganizationMapper() {
    }

    static Organization toFhir(FacilityView f) {
        Organization o = new Organization();
        o.setId(TYPE + "/" + f.id() + "/_history/" + f.version());
        o.getMeta().setVersionId(Long.toString(f.version()));
        o.setActive(f.active());
        o.setName(f.name());
        o.addIdentifier().setSystem(FhirSystems.FACILITY_CODE).setValue(f.code());
        StudyIdentifiersData ids = f.identifiers();
        if (ids != null) {
            nullSafe(ids.aeTitles()).forEach(v -> o.addIdentifier().setSystem(FhirSystems.AE_TITLE).setValue(v));
            nullSafe(ids.institutionNames())
                    .forEach(v -> o.addIdentifier().setSystem(FhirSystems.INSTITUTION_NAME).setValue(v));
            nullSafe(ids.hl7Facilities())
                    .forEach(v -> o.addIdentifier().setSystem(FhirSystems.HL7_FACILITY).setValue(v));
        }
        Jurisdiction jurisdiction = Jurisdiction.of(f.jurisdiction());
        Address address = o.addAddress();
        address.setCountry(jurisdiction.country().code());
        if (!jurisdiction.isCountry()) {
            address.setState(jurisdiction.code().substring(jurisdiction.code().indexOf('-') + 1));
        }
        o.addExtension(FhirSystems.TIME_ZONE_EXTENSION, new CodeType(f.timeZone()));
        if (f.residencyOverridden()) {
            o.addExtension(FhirSystems.RESIDENCY_EXTENSION, new CodeType(f.residencyRegion()));
        }
        return o;
    }

    /** Reads an Organization into the command to open or revise a facility; 422 naming the elements if it cannot. */
    static Incoming<FacilityDetails> fromFhir(Organization o) {
        ElementViolations violations = new ElementViolations();
        FieldPaths paths = FieldPaths.of(TYPE).put("/name", TYPE + ".name").put("/", TYPE);
        String code = null;
        List<String> aeTitles = new ArrayList<>();
        List<String> institutionNames = new ArrayList<>();
        List<String> hl7Facilities = new ArrayList<>();
        List<Identifier> identifiers = o.getIdentifier();
        for (int i = 0; i < identifiers.size(); i++) {
            Identifier identifier = identifiers.get(i);
            String where = TYPE + ".identifier[" + i + "]";
            String system = identifier.getSystem() == null ? "" : identifier.getSystem().strip();
            String value = identifier.getValue();
            switch (system) {
                case FhirSystems.FACILITY_CODE -> {
                    if (code != null) {
                        violations.add(where, "TELERAD-REGISTRY-014", "a facility has one code; "
                                + FhirSystems.FACILITY_CODE + " appears more than once");
                    }
                    code = value;
                    paths.put("/code", where + ".value");
                }
                case FhirSystems.AE_TITLE -> {
                    paths.put("/identifiers/aeTitles/" + aeTitles.size(), where + ".value");
                    aeTitles.add(value);
                }
                case FhirSystems.INSTITUTION_NAME -> {
                    paths.put("/identifiers/institutionNames/" + institutionNames.size(), where + ".value");
                    institutionNames.add(value);
                }
                case FhirSystems.HL7_FACILITY -> {
                    paths.put("/identifiers/hl7Facilities/" + hl7Facilities.size(), where + ".value");
                    hl7Facilities.add(value);
                }
                default -> violations.add(where + ".system", FhirOutcomes.INVALID_ELEMENT, "'" + system
                        + "' is not an Organization identifier system Telerad keeps; use " + FhirSystems.FACILITY_CODE
                        + ", " + FhirSystems.AE_TITLE + ", " + FhirSystems.INSTITUTION_NAME + " or "
                        + FhirSystems.HL7_FACILITY);
            }
        }
        if (code == null) {
            paths.put("/code", TYPE + ".identifier");
        }
        Jurisdiction jurisdiction = jurisdiction(o, violations, paths);
        String timeZone = extensionCode(o, FhirSystems.TIME_ZONE_EXTENSION, "/timeZone", violations, paths);
        if (timeZone == null && !o.hasExtension(FhirSystems.TIME_ZONE_EXTENSION)) {
            violations.add(TYPE + ".extension", "TELERAD-REGISTRY-015", "the facility's time zone is required: an "
                    + "extension " + FhirSystems.TIME_ZONE_EXTENSION
                    + " with an IANA zone (valueCode America/Chicago)");
        }
        String residency = extensionCode(o, FhirSystems.RESIDENCY_EXTENSION, "/residencyRegion", violations, paths);
        violations.throwIfAny(TYPE);
        FacilityDetails details = new FacilityDetails(code, o.getName(), jurisdiction.code(), residency, timeZone,
                new StudyIdentifiersData(aeTitles, institutionNames, hl7Facilities));
        return new Incoming<>(details, o.hasActive() ? o.getActive() : null, paths);
    }

    private static Jurisdiction jurisdiction(Organization o, ElementViolations violations, FieldPaths paths) {
        int index = -1;
        for (int i = 0; i < o.getAddress().size(); i++) {
            if (o.getAddress().get(i).hasState() || o.getAddress().get(i).hasCountry()) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            violations.add(TYPE + ".address", "TELERAD-REGISTRY-001", "the facility's jurisdiction is required: "
                    + "address.state (USPS or ISO 3166-2) and/or address.country (ISO 3166-1)");
            paths.put("/jurisdiction", TYPE + ".address");
            return null;
        }
        Address address = o.getAddress().get(index);
        String where = TYPE + ".address[" + index + "]";
        String state = address.hasState() ? address.getState().strip().toUpperCase(Locale.ROOT) : null;
        String country = address.hasCountry() ? address.getCountry().strip().toUpperCase(Locale.ROOT) : null;
        paths.put("/jurisdiction", where + (state != null ? ".state" : ".country"));
        Jurisdiction nation = null;
        if (country != null) {
            nation = violations.check(where + ".country", () -> country(country));
            if (nation == null) {
                return null;
            }
        }
        if (state == null) {
            return nation;
        }
        if (state.indexOf('-') > 0) {
            Jurisdiction subdivision = violations.check(where + ".state",
                    () -> JurisdictionCodes.fromCode(FhirSystems.ISO_3166_2, state));
            if (subdivision != null && nation != null && !subdivision.country().equals(nation)) {
                violations.add(where + ".state", "TELERAD-REGISTRY-001", "state " + state + " does not lie in country "
                        + nation.code());
                return null;
            }
            return subdivision;
        }
        if (nation == null || nation.code().equals("US")) {
            return violations.check(where + ".state", () -> JurisdictionCodes.fromCode(FhirSystems.USPS, state));
        }
        Jurisdiction in = nation;
        return violations.check(where + ".state", () -> JurisdictionCodes.fromCode(FhirSystems.ISO_3166_2,
                in.code() + "-" + state));
    }

    private static Jurisdiction country(String code) {
        Jurisdiction j = JurisdictionCodes.fromCode(FhirSystems.ISO_3166, code);
        if (!j.isCountry()) {
            throw org.telerad.shared.problem.TeleradException.invalid("TELERAD-REGISTRY-001", "country", "'" + code
                    + "' is not an ISO 3166-1 country code (US, DE)");
        }
        return j;
    }

    private static String extensionCode(Organization o, String url, String field, ElementViolations violations,
            FieldPaths paths) {
        List<Extension> extensions = o.getExtension();
        String found = null;
        for (int i = 0; i < extensions.size(); i++) {
            Extension e = extensions.get(i);
            if (!url.equals(e.getUrl())) {
                continue;
            }
            String where = TYPE + ".extension[" + i + "]";
            paths.put(field, where + ".value");
            if (found != null) {
                violations.add(where, FhirOutcomes.INVALID_ELEMENT, url + " appears more than once");
            } else if (e.getValue() == null || !e.getValue().isPrimitive() || e.getValue().primitiveValue() == null) {
                violations.add(where + ".value", FhirOutcomes.INVALID_ELEMENT, url + " needs a valueCode");
            } else {
                found = e.getValue().primitiveValue();
            }
        }
        return found;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
