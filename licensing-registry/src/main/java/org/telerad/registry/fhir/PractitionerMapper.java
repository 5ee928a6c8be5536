package org.telerad.registry.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.license.application.LicenseDetails;
import org.telerad.registry.license.application.LicenseView;
import org.telerad.registry.license.application.VerificationData;
import org.telerad.registry.radiologist.application.IdentifierData;
import org.telerad.registry.radiologist.application.NameData;
import org.telerad.registry.radiologist.application.RadiologistDetails;
import org.telerad.registry.radiologist.application.RadiologistView;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * Practitioner = radiologist with its licenses. Identifiers as stored (NPI under
 * {@value FhirSystems#NPI}) plus the Keycloak username under {@value FhirSystems#USERNAME}; the email as a
 * telecom; the home country as {@code address.country}; subspecialties as {@value FhirSystems#SUBSPECIALTY_EXTENSION}
 * extensions. One {@code qualification} per license: its id is the license id, {@code identifier} the license
 * number, {@code code} the license type ({@value FhirSystems#LICENSE_TYPE}; full when absent), {@code period}
 * the validity, and the Da Vinci Plan-Net practitioner-qualification extension its status ({@code active},
 * {@code inactive} = suspended, {@code revoked}) and {@code whereValid} jurisdiction.
 *
 * <p>{@code meta.versionId} covers the radiologist and its licenses: the radiologist's version plus, per
 * license, its version + 1. Every stored change raises it, so If-Match protects licenses too.
 */
final class PractitionerMapper {

    static final String TYPE = "Practitioner";

    private PractitionerMapper() {
    }

    /** A Practitioner as the client sent it, read into registry commands. */
    record PractitionerIn(Incoming<RadiologistDetails> radiologist, List<QualificationIn> qualifications) {
    }

    /**
     * One qualification read into a license command: {@code licenseId} the qualification's id (null when
     * absent), {@code status} ACTIVE, SUSPENDED or REVOKED; {@code paths} names its elements.
     */
    record QualificationIn(int index, String licenseId, LicenseDetails license, String status, FieldPaths paths) {
    }

    static long version(RadiologistView radiologist, List<LicenseView> licenses) {
        long version = radiologist.version();
        for (LicenseView license : licenses) {
            version += license.version() + 1;
        }
        return version;
    }

    static Practitioner toFhir(RadiologistView r, List<LicenseView> licenses) {
        Practitioner p = new Practitioner();
        long version = version(r, licenses);
        p.setId(TYPE + "/" + r.id() + "/_history/" + version);
        p.getMeta().setVersionId(Long.toString(version));
        p.setActive(r.active());
        for (IdentifierData id : r.identifiers()) {
            p.addIdentifier().setSystem(id.system()).setValue(id.value());
        }
        if (r.username() != null) {
            p.addIdentifier().setSystem(FhirSystems.USERNAME).setValue(r.username());
        }
        NameData n = r.name();
        if (n != null) {
            HumanName name = p.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(n.family());
            if (n.given() != null) {
                name.addGiven(n.given());
            }
            if (n.prefix() != null) {
                name.addPrefix(n.prefix());
            }
            if (n.suffix() != null) {
                name.addSuffix(n.suffix());
            }
        }
        if (r.email() != null) {
            p.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(r.email())
                    .setUse(ContactPoint.ContactPointUse.WORK);
        }
        if (r.homeCountry() != null) {
            p.addAddress().setCountry(r.homeCountry());
        }
        for (String code : r.subspecialties()) {
            p.addExtension(FhirSystems.SUBSPECIALTY_EXTENSION, subspecialty(code));
        }
        for (LicenseView license : licenses) {
            p.addQualification(qualification(license));
        }
        return p;
    }

    static Coding subspecialty(String code) {
        return new Coding(FhirSystems.SUBSPECIALTY, code, display(code));
    }

    private static String display(String code) {
        return code.isEmpty() ? code : code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }

    private static PractitionerQualificationComponent qualification(LicenseView l) {
        PractitionerQualificationComponent q = new PractitionerQualificationComponent();
        q.setId(l.id());
        q.addIdentifier().setSystem(FhirSystems.LICENSE_NUMBER).setValue(l.number());
        q.setCode(new CodeableConcept(new Coding(FhirSystems.LICENSE_TYPE, l.type(), display(l.type()) + " license"))
                .setText(display(l.type()) + " license"));
        Period period = q.getPeriod();
        period.setStartElement(new DateTimeType(l.validFrom().toString()));
        if (l.validTo() != null) {
            period.setEndElement(new DateTimeType(l.validTo().toString()));
        }
        Extension planNet = q.addExtension().setUrl(FhirSystems.PLAN_NET_QUALIFICATION);
        planNet.addExtension("status", new CodeType(planNetStatus(l.status())));
        planNet.addExtension("whereValid", JurisdictionCodes.toConcept(Jurisdiction.of(l.jurisdiction())));
        if (l.verifiedAt() != null) {
            Extension verification = q.addExtension().setUrl(FhirSystems.VERIFICATION_EXTENSION);
            DateTimeType at = new DateTimeType(Date.from(l.verifiedAt()), TemporalPrecisionEnum.SECOND);
            at.setTimeZoneZulu(true);
            verification.addExtension("verifiedAt", at);
            verification.addExtension("verifiedBy", new StringType(l.verifiedBy()));
        }
        return q;
    }

    /** Plan-Net's QualificationStatus has no "suspended": a suspended license is {@code inactive}. */
    static String planNetStatus(String status) {
        return switch (status) {
            case "SUSPENDED" -> "inactive";
            case "REVOKED" -> "revoked";
            default -> "active";
        };
    }

    /** Reads a Practitioner into registry commands; 422 naming every offending element if it cannot. */
    static PractitionerIn fromFhir(Practitioner p) {
        ElementViolations violations = new ElementViolations();
        FieldPaths paths = FieldPaths.of(TYPE).put("/", TYPE);
        List<IdentifierData> identifiers = new ArrayList<>();
        String username = null;
        for (int i = 0; i < p.getIdentifier().size(); i++) {
            Identifier id = p.getIdentifier().get(i);
            String where = TYPE + ".identifier[" + i + "]";
            if (FhirSystems.USERNAME.equals(id.getSystem())) {
                if (username != null) {
                    violations.add(where, "TELERAD-REGISTRY-010", "a radiologist has one username");
                }
                username = id.getValue();
                paths.put("/username", where + ".value");
            } else {
                int at = identifiers.size();
                paths.put("/identifiers/" + at, where).put("/identifiers/" + at + "/system", where + ".system")
                        .put("/identifiers/" + at + "/value", where + ".value");
                identifiers.add(new IdentifierData(id.getSystem(), id.getValue()));
            }
        }
        NameData name = name(p, paths);
        String email = null;
        for (int i = 0; i < p.getTelecom().size(); i++) {
            ContactPoint telecom = p.getTelecom().get(i);
            if (telecom.getSystem() == ContactPoint.ContactPointSystem.EMAIL && email == null) {
                email = telecom.getValue();
                paths.put("/email", TYPE + ".telecom[" + i + "].value");
            }
        }
        if (email == null) {
            paths.put("/email", TYPE + ".telecom");
        }
        String homeCountry = null;
        paths.put("/homeCountry", TYPE + ".address");
        for (int i = 0; i < p.getAddress().size(); i++) {
            if (p.getAddress().get(i).hasCountry()) {
                homeCountry = p.getAddress().get(i).getCountry();
                paths.put("/homeCountry", TYPE + ".address[" + i + "].country");
                break;
            }
        }
        List<String> subspecialties = new ArrayList<>();
        for (int i = 0; i < p.getExtension().size(); i++) {
            Extension e = p.getExtension().get(i);
            if (FhirSystems.SUBSPECIALTY_EXTENSION.equals(e.getUrl())) {
                String where = TYPE + ".extension[" + i + "].value";
                String code = subspecialtyCode(e.getValue(), where, violations);
                if (code != null) {
                    paths.put("/subspecialties/" + subspecialties.size(), where);
                    subspecialties.add(code);
                }
            }
        }
        List<QualificationIn> qualifications = new ArrayList<>();
        for (int i = 0; i < p.getQualification().size(); i++) {
            QualificationIn q = qualification(i, p.getQualification().get(i), violations);
            if (q != null) {
                qualifications.add(q);
            }
        }
        violations.throwIfAny(TYPE);
        RadiologistDetails details = new RadiologistDetails(name, identifiers, email, username, subspecialties,
                homeCountry);
        return new PractitionerIn(new Incoming<>(details, p.hasActive() ? p.getActive() : null, paths),
                qualifications);
    }

    private static NameData name(Practitioner p, FieldPaths paths) {
        if (p.getName().isEmpty()) {
            paths.put("/name", TYPE + ".name");
            return null;
        }
        int index = 0;
        for (int i = 0; i < p.getName().size(); i++) {
            if (p.getName().get(i).getUse() == HumanName.NameUse.OFFICIAL) {
                index = i;
                break;
            }
        }
        HumanName n = p.getName().get(index);
        String where = TYPE + ".name[" + index + "]";
        paths.put("/name", where).put("/name/family", where + ".family").put("/name/given", where + ".given")
                .put("/name/prefix", where + ".prefix").put("/name/suffix", where + ".suffix");
        return new NameData(n.getFamily(), joined(n.getGiven()), joined(n.getPrefix()), joined(n.getSuffix()));
    }

    private static String joined(List<StringType> parts) {
        List<String> values = parts.stream().map(StringType::getValue).filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
        return values.isEmpty() ? null : String.join(" ", values);
    }

    private static String subspecialtyCode(Type value, String where, ElementViolations violations) {
        String code = null;
        if (value instanceof Coding coding) {
            if (coding.hasSystem() && !FhirSystems.SUBSPECIALTY.equals(coding.getSystem())) {
                violations.add(where + ".system", "TELERAD-REGISTRY-002", "subspecialties are coded in "
                        + FhirSystems.SUBSPECIALTY);
                return null;
            }
            code = coding.getCode();
        } else if (value instanceof CodeType c) {
            code = c.getValue();
        }
        if (code == null) {
            violations.add(where, "TELERAD-REGISTRY-002", "a subspecialty needs a valueCoding ("
                    + FhirSystems.SUBSPECIALTY + ")");
            return null;
        }
        String checked = code;
        return violations.check(where, () -> Subspecialty.of(checked).code());
    }

    private static QualificationIn qualification(int index, PractitionerQualificationComponent q,
            ElementViolations violations) {
        String base = TYPE + ".qualification[" + index + "]";
        FieldPaths paths = FieldPaths.of(base).put("/", base);
        int errorsBefore = violations.list().size();

        String number = null;
        for (int i = 0; i < q.getIdentifier().size(); i++) {
            if (q.getIdentifier().get(i).hasValue()) {
                number = q.getIdentifier().get(i).getValue();
                paths.put("/number", base + ".identifier[" + i + "].value");
                break;
            }
        }
        if (number == null) {
            violations.add(base + ".identifier", "TELERAD-REGISTRY-010",
                    "the license number is required as qualification.identifier");
        }

        String type = "full";
        paths.put("/type", base + ".code");
        for (int i = 0; i < q.getCode().getCoding().size(); i++) {
            Coding coding = q.getCode().getCoding().get(i);
            if (FhirSystems.LICENSE_TYPE.equals(coding.getSystem())) {
                type = coding.getCode();
                paths.put("/type", base + ".code.coding[" + i + "].code");
            }
        }

        String validFrom = null;
        String validTo = null;
        paths.put("/validFrom", base + ".period.start").put("/validTo", base + ".period.end");
        if (!q.hasPeriod() || !q.getPeriod().hasStart()) {
            violations.add(base + ".period.start", "TELERAD-REGISTRY-012",
                    "the license's first valid day is required as qualification.period.start");
        } else {
            validFrom = CalendarDays.of(q.getPeriod().getStartElement(), base + ".period.start", violations);
        }
        if (q.hasPeriod() && q.getPeriod().hasEnd()) {
            validTo = CalendarDays.of(q.getPeriod().getEndElement(), base + ".period.end", violations);
        }

        Jurisdiction jurisdiction = null;
        String status = "ACTIVE";
        int planNetAt = -1;
        for (int i = 0; i < q.getExtension().size(); i++) {
            if (FhirSystems.PLAN_NET_QUALIFICATION.equals(q.getExtension().get(i).getUrl())) {
                if (planNetAt >= 0) {
                    violations.add(base + ".extension[" + i + "]", FhirOutcomes.INVALID_ELEMENT,
                            "one practitioner-qualification extension per qualification");
                }
                planNetAt = i;
            }
        }
        if (planNetAt < 0) {
            violations.add(base + ".extension", "TELERAD-REGISTRY-001", "the jurisdiction is required: the Plan-Net "
                    + "extension " + FhirSystems.PLAN_NET_QUALIFICATION + " with whereValid");
            paths.put("/jurisdiction", base + ".extension");
        } else {
            String ext = base + ".extension[" + planNetAt + "]";
            PlanNetQualification planNet = PlanNetQualification.read(q.getExtension().get(planNetAt), ext,
                    violations);
            if (planNet != null) {
                jurisdiction = planNet.jurisdiction();
                status = planNet.status();
                paths.put("/jurisdiction", planNet.whereValidExpression());
            }
        }

        VerificationData verification = null;
        for (int i = 0; i < q.getExtension().size(); i++) {
            Extension e = q.getExtension().get(i);
            if (FhirSystems.VERIFICATION_EXTENSION.equals(e.getUrl())) {
                verification = verification(e, base + ".extension[" + i + "]", paths);
            }
        }
        if (violations.list().size() > errorsBefore) {
            return null;
        }
        String licenseId = q.hasId() ? q.getId() : null;
        return new QualificationIn(index, licenseId, new LicenseDetails(jurisdiction.code(), number, type,
                validFrom, validTo, verification), status, paths);
    }

    private static VerificationData verification(Extension e, String where, FieldPaths paths) {
        String at = null;
        String by = null;
        for (int i = 0; i < e.getExtension().size(); i++) {
            Extension sub = e.getExtension().get(i);
            String subWhere = where + ".extension[" + i + "].value";
            if ("verifiedAt".equals(sub.getUrl()) && sub.getValue() != null) {
                at = sub.getValue().primitiveValue();
                paths.put("/verification/verifiedAt", subWhere);
            } else if ("verifiedBy".equals(sub.getUrl()) && sub.getValue() != null) {
                by = sub.getValue().primitiveValue();
                paths.put("/verification/verifiedBy", subWhere);
            }
        }
        paths.put("/verification", where);
        return new VerificationData(at, by);
    }

    /** True when a license already says what a qualification asks for (no change to store). */
    static boolean sameTerms(LicenseView current, LicenseDetails wanted) {
        try {
            return current.jurisdiction().equals(Jurisdiction.of(wanted.jurisdiction()).code())
                    && current.number().equals(wanted.number() == null ? null : wanted.number().strip())
                    && current.type().equalsIgnoreCase(wanted.type() == null ? "" : wanted.type().strip())
                    && current.validFrom().equals(LocalDate.parse(wanted.validFrom()))
                    && Objects.equals(current.validTo(),
                            wanted.validTo() == null ? null : LocalDate.parse(wanted.validTo()))
                    && sameVerification(current, wanted.verification());
        } catch (RuntimeException unreadable) {
            return false; // the license service names what is wrong
        }
    }

    private static boolean sameVerification(LicenseView current, VerificationData wanted) {
        if (wanted == null || (wanted.verifiedAt() == null && wanted.verifiedBy() == null)) {
            return current.verifiedAt() == null;
        }
        if (current.verifiedAt() == null || wanted.verifiedAt() == null) {
            return false;
        }
        try {
            Instant at = new DateTimeType(wanted.verifiedAt()).getValue().toInstant();
            return at.equals(current.verifiedAt()) && current.verifiedBy().equals(
                    wanted.verifiedBy() == null ? null : wanted.verifiedBy().strip());
        } catch (RuntimeException unparsable) {
            return false;
        }
    }
}
