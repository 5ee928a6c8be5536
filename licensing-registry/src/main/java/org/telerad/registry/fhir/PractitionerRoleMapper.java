package org.telerad.registry.fhir;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.PractitionerRole.DaysOfWeek;
import org.hl7.fhir.r4.model.PractitionerRole.PractitionerRoleAvailableTimeComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.availability.application.AvailableTimeData;
import org.telerad.registry.privilege.application.PrivilegeDetails;
import org.telerad.registry.privilege.application.PrivilegeView;
import org.telerad.registry.privilege.application.ScopeData;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * PractitionerRole = privilege of a radiologist at a facility. {@code practitioner} and {@code organization}
 * reference the radiologist and facility (the organization also by its facility-code identifier);
 * {@code period} is the validity; {@code active} is true while the privilege is granted (the exact status,
 * active, suspended or revoked, in {@value FhirSystems#PRIVILEGE_STATUS_EXTENSION}); {@code specialty} narrows
 * the subspecialties ({@value FhirSystems#SUBSPECIALTY}); {@code code} the read types allowed (DICOM
 * {@code DCM} 121362 Preliminary Report, 128005 Final Report; both when absent); one
 * {@value FhirSystems#MODALITY_EXTENSION} extension per modality it is narrowed to (DICOM {@code DCM}
 * modality codes; all when absent). {@code availableTime} is the reading windows at the facility
 * ({@code daysOfWeek}, {@code allDay} or {@code availableStartTime}/{@code availableEndTime}, in the facility's
 * time zone; an end before the start runs overnight); none means always available, and an update without
 * any removes them.
 */
final class PractitionerRoleMapper {

    static final String TYPE = "PractitionerRole";

    private PractitionerRoleMapper() {
    }

    /** A PractitionerRole read into the privilege command, with the status it asks for (null: leave as is). */
    record PractitionerRoleIn(PrivilegeDetails command, String status, FieldPaths paths) {
    }

    static PractitionerRole toFhir(PrivilegeView v) {
        PractitionerRole role = new PractitionerRole();
        role.setId(TYPE + "/" + v.id() + "/_history/" + v.version());
        role.getMeta().setVersionId(Long.toString(v.version()));
        role.setActive("ACTIVE".equals(v.status()));
        role.addExtension(FhirSystems.PRIVILEGE_STATUS_EXTENSION, new CodeType(v.status().toLowerCase(Locale.ROOT)));
        role.setPractitioner(new Reference("Practitioner/" + v.radiologistId()));
        Reference organization = new Reference("Organization/" + v.facilityId()).setDisplay(v.facilityCode());
        organization.getIdentifier().setSystem(FhirSystems.FACILITY_CODE).setValue(v.facilityCode());
        role.setOrganization(organization);
        Period period = role.getPeriod();
        period.setStartElement(new DateTimeType(v.validFrom().toString()));
        if (v.validTo() != null) {
            period.setEndElement(new DateTimeType(v.validTo().toString()));
        }
        ScopeData scope = v.scope() == null ? ScopeData.all() : v.scope();
        for (String subspecialty : nullSafe(scope.subspecialties())) {
            role.addSpecialty(new CodeableConcept(PractitionerMapper.subspecialty(subspecialty)));
        }
        for (String readType : nullSafe(scope.readTypes())) {
            ReadType type = ReadType.of(readType);
            role.addCode(new CodeableConcept(new Coding(FhirSystems.DCM, type.dicomCode(), type.meaning())));
        }
        for (String modality : nullSafe(scope.modalities())) {
            role.addExtension(FhirSystems.MODALITY_EXTENSION, new Coding(FhirSystems.DCM, modality, null));
        }
        for (AvailableTimeData t : nullSafe(v.availableTimes())) {
            PractitionerRoleAvailableTimeComponent time = role.addAvailableTime();
            for (String day : nullSafe(t.daysOfWeek())) {
                time.addDaysOfWeek(DaysOfWeek.fromCode(day));
            }
            if (Boolean.TRUE.equals(t.allDay())) {
                time.setAllDay(true);
            } else {
                time.setAvailableStartTime(fhirTime(t.availableStartTime()));
                time.setAvailableEndTime(fhirTime(t.availableEndTime()));
            }
        }
        if (v.grantedBy() != null || v.grantedAt() != null) {
            Extension granted = role.addExtension().setUrl(FhirSystems.GRANTED_EXTENSION);
            if (v.grantedBy() != null) {
                granted.addExtension("by", new StringType(v.grantedBy()));
            }
            if (v.grantedAt() != null) {
                DateTimeType at = new DateTimeType(Date.from(v.grantedAt()), TemporalPrecisionEnum.SECOND);
                at.setTimeZoneZulu(true);
                granted.addExtension("at", at);
            }
        }
        return role;
    }

    static PractitionerRoleIn fromFhir(PractitionerRole role) {
        ElementViolations violations = new ElementViolations();
        FieldPaths paths = FieldPaths.of(TYPE).put("/", TYPE).put("/radiologistId", TYPE + ".practitioner")
                .put("/facility", TYPE + ".organization").put("/validFrom", TYPE + ".period.start")
                .put("/validTo", TYPE + ".period.end");
        String radiologistId = reference(role.getPractitioner(), "Practitioner", TYPE + ".practitioner", violations);
        String facility = role.getOrganization().getIdentifier().hasValue()
                && FhirSystems.FACILITY_CODE.equals(role.getOrganization().getIdentifier().getSystem())
                && !role.getOrganization().hasReference()
                        ? role.getOrganization().getIdentifier().getValue()
                        : reference(role.getOrganization(), "Organization", TYPE + ".organization", violations);

        String validFrom = null;
        String validTo = null;
        if (!role.getPeriod().hasStart()) {
            violations.add(TYPE + ".period.start", "TELERAD-REGISTRY-012",
                    "the privilege's first valid day is required as period.start");
        } else {
            validFrom = CalendarDays.of(role.getPeriod().getStartElement(), TYPE + ".period.start", violations);
        }
        if (role.getPeriod().hasEnd()) {
            validTo = CalendarDays.of(role.getPeriod().getEndElement(), TYPE + ".period.end", violations);
        }

        List<String> subspecialties = new ArrayList<>();
        for (int i = 0; i < role.getSpecialty().size(); i++) {
            List<Coding> codings = role.getSpecialty().get(i).getCoding();
            boolean found = false;
            for (int c = 0; c < codings.size(); c++) {
                if (FhirSystems.SUBSPECIALTY.equals(codings.get(c).getSystem())) {
                    paths.put("/scope/subspecialties/" + subspecialties.size(),
                            TYPE + ".specialty[" + i + "].coding[" + c + "].code");
                    subspecialties.add(codings.get(c).getCode());
                    found = true;
                }
            }
            if (!found) {
                violations.add(TYPE + ".specialty[" + i + "]", "TELERAD-REGISTRY-002",
                        "subspecialties are coded in " + FhirSystems.SUBSPECIALTY + " (neuro, msk, body, ...)");
            }
        }

        List<String> readTypes = new ArrayList<>();
        for (int i = 0; i < role.getCode().size(); i++) {
            List<Coding> codings = role.getCode().get(i).getCoding();
            boolean found = false;
            for (int c = 0; c < codings.size(); c++) {
                Coding coding = codings.get(c);
                if (FhirSystems.DCM.equals(coding.getSystem())) {
                    String where = TYPE + ".code[" + i + "].coding[" + c + "].code";
                    ReadType type = violations.check(where, () -> ReadType.ofDicomCode(coding.getCode()));
                    if (type != null) {
                        paths.put("/scope/readTypes/" + readTypes.size(), where);
                        readTypes.add(type.code());
                    }
                    found = true;
                }
            }
            if (!found) {
                violations.add(TYPE + ".code[" + i + "]", "TELERAD-REGISTRY-003", "read types are coded in "
                        + FhirSystems.DCM + ": 121362 (Preliminary Report) or 128005 (Final Report)");
            }
        }

        List<String> modalities = new ArrayList<>();
        String status = null;
        for (int i = 0; i < role.getExtension().size(); i++) {
            Extension e = role.getExtension().get(i);
            String where = TYPE + ".extension[" + i + "].value";
            if (FhirSystems.MODALITY_EXTENSION.equals(e.getUrl())) {
                String code = e.getValue() instanceof Coding c ? c.getCode()
                        : e.getValue() instanceof CodeType t ? t.getValue() : null;
                if (e.getValue() instanceof Coding c && c.hasSystem() && !FhirSystems.DCM.equals(c.getSystem())) {
                    violations.add(where + ".system", "TELERAD-REGISTRY-005",
                            "modalities are coded in " + FhirSystems.DCM);
                } else if (code == null) {
                    violations.add(where, "TELERAD-REGISTRY-005", "a modality needs a valueCoding (" + FhirSystems.DCM
                            + " CT, MR, ...)");
                } else {
                    paths.put("/scope/modalities/" + modalities.size(), where);
                    modalities.add(code);
                }
            } else if (FhirSystems.PRIVILEGE_STATUS_EXTENSION.equals(e.getUrl())) {
                String code = e.getValue() == null ? null : e.getValue().primitiveValue();
                status = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
                if (status == null || !List.of("ACTIVE", "SUSPENDED", "REVOKED").contains(status)) {
                    violations.add(where, "TELERAD-REGISTRY-018", "'" + code
                            + "' is not a privilege status; use active, suspended or revoked");
                    status = null;
                }
            }
        }
        if (role.hasActive()) {
            if (status == null) {
                status = role.getActive() ? "ACTIVE" : "SUSPENDED";
            } else if (role.getActive() != status.equals("ACTIVE")) {
                violations.add(TYPE + ".active", "TELERAD-REGISTRY-018", "active is " + role.getActive()
                        + " but the privilege status extension says " + status.toLowerCase(Locale.ROOT));
            }
        }
        List<AvailableTimeData> availableTimes = new ArrayList<>();
        for (int i = 0; i < role.getAvailableTime().size(); i++) {
            PractitionerRoleAvailableTimeComponent t = role.getAvailableTime().get(i);
            String where = TYPE + ".availableTime[" + i + "]";
            String pointer = "/availableTimes/" + i;
            paths.put(pointer, where).put(pointer + "/daysOfWeek", where + ".daysOfWeek")
                    .put(pointer + "/availableStartTime", where + ".availableStartTime")
                    .put(pointer + "/availableEndTime", where + ".availableEndTime");
            List<String> days = new ArrayList<>();
            for (int d = 0; d < t.getDaysOfWeek().size(); d++) {
                Enumeration<DaysOfWeek> day = t.getDaysOfWeek().get(d);
                paths.put(pointer + "/daysOfWeek/" + d, where + ".daysOfWeek[" + d + "]");
                days.add(day.getValue() != null ? day.getValue().toCode() : day.getValueAsString());
            }
            availableTimes.add(new AvailableTimeData(days, t.hasAllDay() ? t.getAllDay() : null,
                    t.hasAvailableStartTime() ? t.getAvailableStartTime() : null,
                    t.hasAvailableEndTime() ? t.getAvailableEndTime() : null));
        }
        violations.throwIfAny(TYPE);
        PrivilegeDetails details = new PrivilegeDetails(radiologistId, facility, validFrom, validTo,
                new ScopeData(modalities, subspecialties, readTypes), availableTimes);
        return new PractitionerRoleIn(details, status, paths);
    }

    /** The id a reference points at, when it points at {@code type}; recorded as a problem otherwise. */
    private static String reference(Reference reference, String type, String where, ElementViolations violations) {
        if (reference == null || !reference.hasReference()) {
            violations.add(where, FhirOutcomes.INVALID_REFERENCE, "a reference to the " + type + " is required ("
                    + type + "/<id>)");
            return null;
        }
        IdType id = new IdType(reference.getReference());
        if (!id.hasIdPart() || (id.hasResourceType() && !type.equals(id.getResourceType()))) {
            violations.add(where + ".reference", FhirOutcomes.INVALID_REFERENCE, "'" + reference.getReference()
                    + "' is not a reference to a " + type + " (" + type + "/<id>)");
            return null;
        }
        return id.getIdPart();
    }

    /** FHIR {@code time} is {@code hh:mm:ss}; the registry shows {@code HH:mm}. */
    private static String fhirTime(String time) {
        if (time == null) {
            return null;
        }
        try {
            return LocalTime.parse(time).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        } catch (DateTimeParseException e) {
            return time;
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
