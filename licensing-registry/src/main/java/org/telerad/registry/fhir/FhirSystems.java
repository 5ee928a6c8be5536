package org.telerad.registry.fhir;

/**
 * The code systems, identifier systems and extension URLs the registry's FHIR interface reads and writes.
 * Standard ones come from their specifications; the {@code urn:telerad:*} ones are Telerad's own and
 * documented in {@code docs/fhir.md}.
 */
public final class FhirSystems {

    /** Organization.identifier: the facility's short stable code ({@code tx-dallas}). */
    public static final String FACILITY_CODE = "urn:telerad:facility-code";
    /** Organization.identifier: a calling AE title that recognises the facility's studies. */
    public static final String AE_TITLE = "urn:telerad:ae-title";
    /** Organization.identifier: an Institution Name (0008,0080) that recognises the facility's studies. */
    public static final String INSTITUTION_NAME = "urn:telerad:institution-name";
    /** Organization.identifier: an HL7 v2 sending facility (MSH-4) that recognises the facility's studies. */
    public static final String HL7_FACILITY = "urn:telerad:hl7-facility";

    /** Practitioner.identifier: the US National Provider Identifier. */
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    /** Practitioner.identifier: the radiologist's Keycloak username (realm {@code dcm4che}). */
    public static final String USERNAME = "urn:telerad:username";
    /** Practitioner.qualification.identifier: the license number as the licensing board issued it. */
    public static final String LICENSE_NUMBER = "urn:telerad:license-number";
    /** Practitioner.qualification.code: the license type ({@code medical}, {@code temporary}, ...). */
    public static final String LICENSE_TYPE = "urn:telerad:license-type";

    /** USPS two-letter state and territory codes, as Da Vinci Plan-Net binds {@code whereValid}. */
    public static final String USPS = "https://www.usps.com/";
    /** ISO 3166 (part 1 country codes; part 2 subdivision codes are accepted too). */
    public static final String ISO_3166 = "urn:iso:std:iso:3166";
    /** ISO 3166-2 subdivision codes ({@code US-TX}, {@code DE-BY}). */
    public static final String ISO_3166_2 = "urn:iso:std:iso:3166:-2";

    /** Da Vinci Plan-Net practitioner-qualification extension (sub-extensions {@code status}, {@code whereValid}). */
    public static final String PLAN_NET_QUALIFICATION =
            "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/practitioner-qualification";
    /** Qualification extension (sub-extensions {@code verifiedAt} dateTime, {@code verifiedBy} string). */
    public static final String VERIFICATION_EXTENSION = "urn:telerad:fhir:extension:primary-source-verification";

    /** Telerad's subspecialty codes ({@code neuro}, {@code msk}, ...): Practitioner extension, PractitionerRole.specialty. */
    public static final String SUBSPECIALTY = "urn:telerad:subspecialty";
    /** Practitioner extension (valueCoding in {@link #SUBSPECIALTY}), one per subspecialty the radiologist holds. */
    public static final String SUBSPECIALTY_EXTENSION = "urn:telerad:fhir:extension:subspecialty";

    /** DICOM controlled terminology: read types (121362, 128005) and modality codes (CT, MR, ...). */
    public static final String DCM = "http://dicom.nema.org/resources/ontology/DCM";
    /** PractitionerRole extension (valueCoding in {@link #DCM}), one per modality the privilege is narrowed to. */
    public static final String MODALITY_EXTENSION = "urn:telerad:fhir:extension:modality";
    /** PractitionerRole extension (valueCode active | suspended | revoked): the privilege's status. */
    public static final String PRIVILEGE_STATUS_EXTENSION = "urn:telerad:fhir:extension:privilege-status";
    /** PractitionerRole extension, read only (sub-extensions {@code by} string, {@code at} dateTime). */
    public static final String GRANTED_EXTENSION = "urn:telerad:fhir:extension:granted";

    /** Organization extension (valueCode, an IANA zone such as {@code America/Chicago}). */
    public static final String TIME_ZONE_EXTENSION = "urn:telerad:fhir:extension:time-zone";
    /** Organization extension (valueCode): the data residency region ({@code us}, {@code eu}). */
    public static final String RESIDENCY_EXTENSION = "urn:telerad:fhir:extension:residency-region";

    /** Stable problem codes ({@code TELERAD-REGISTRY-001}) in OperationOutcome.issue.details. */
    public static final String PROBLEM = "urn:telerad:problem";

    private FhirSystems() {
    }
}
