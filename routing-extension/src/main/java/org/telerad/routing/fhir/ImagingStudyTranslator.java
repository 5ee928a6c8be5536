package org.telerad.routing.fhir;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReferencedRequest;
import org.telerad.routing.task.domain.StudyFacts;
import org.telerad.shared.problem.TeleradException;

/**
 * Reads an {@code ImagingStudy} as an archive's FHIR exporter sends it, R5 or R4 JSON, into a
 * {@link ReadingRequest}. The reading is by shape, not by a strict parser: R5 {@code modality} is a
 * CodeableConcept and {@code series.bodySite} a CodeableReference, R4 uses Codings; the contained Patient's
 * identifier may be malformed ({@code {"type":"Patient","identifier":{"value":...}}}), its value is taken as
 * the Patient ID. Refusals name the FHIRPath of the element ({@code ImagingStudy.identifier}).
 */
public final class ImagingStudyTranslator {

    static final String DICOM_UID_SYSTEM = "urn:dicom:uid";
    static final String ACCESSION_TYPE = "ACSN";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern UID = java.util.regex.Pattern.compile(
            "(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");
    /** Modalities that do not say what was imaged: used only when nothing else is known. */
    private static final List<String> SECONDARY_MODALITIES = List.of("SR", "KO", "PR", "DOC", "OT");
    /** SNOMED CT body structures (DICOM CID 4031) → DICOM Body Part Examined. */
    private static final Map<String, String> BODY_PARTS = Map.ofEntries(Map.entry("51185008", "CHEST"),
            Map.entry("818983003", "ABDOMEN"), Map.entry("69536005", "HEAD"), Map.entry("12738006", "BRAIN"),
            Map.entry("816092008", "PELVIS"), Map.entry("45048000", "NECK"), Map.entry("122494005", "CSPINE"),
            Map.entry("122495006", "TSPINE"), Map.entry("122496007", "LSPINE"), Map.entry("72696002", "KNEE"),
            Map.entry("76752008", "BREAST"), Map.entry("80891009", "HEART"));

    private ImagingStudyTranslator() {
    }

    /**
     * The reading request the body asks for.
     *
     * @param senderZone resolves date-times sent without offset
     * @param defaultRetrieveAe the Retrieve AE title of every series (FHIR carries none without an endpoint)
     */
    public static ReadingRequest toRequest(String body, ZoneId senderZone, String defaultRetrieveAe,
            String sourceArchive) {
        JsonNode study = parse(body);
        String studyUid = studyUid(study);
        Map<String, JsonNode> contained = contained(study);
        Patient patient = patient(reference(study.path("subject"), contained));
        ReferencedRequest referenced = new ReferencedRequest(accession(study).orElse(null), null, null, null,
                practitionerName(study, contained));
        List<InputSeries> inputs = series(study, studyUid, defaultRetrieveAe);
        StudyFacts facts = new StudyFacts(modality(study).orElse(null), bodyPart(study).orElse(null), null,
                text(study, "description"));
        return new ReadingRequest(studyUid, null, patient, referenced, inputs, null, null, null, null, null, facts,
                started(study, senderZone), null, sourceArchive);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw TeleradException.invalid("TELERAD-FHIR-020", "ImagingStudy",
                    "The request body is empty; an ImagingStudy is required.");
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw TeleradException.invalid("TELERAD-FHIR-021", "ImagingStudy",
                    "The body is not JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "); send an ImagingStudy as application/fhir+json.");
        } catch (IOException e) {
            throw TeleradException.invalid("TELERAD-FHIR-021", "ImagingStudy", "The body could not be read.");
        }
        if (node == null || !node.isObject() || !"ImagingStudy".equals(node.path("resourceType").asText())) {
            throw TeleradException.invalid("TELERAD-FHIR-022", "ImagingStudy.resourceType",
                    "The body is not an ImagingStudy resource.");
        }
        return node;
    }

    private static String studyUid(JsonNode study) {
        for (JsonNode identifier : study.path("identifier")) {
            if (DICOM_UID_SYSTEM.equals(identifier.path("system").asText())) {
                String uid = stripOid(identifier.path("value").asText(""));
                if (!isUid(uid)) {
                    throw TeleradException.invalid("TELERAD-FHIR-024", "ImagingStudy.identifier",
                            "The urn:dicom:uid identifier's value is not a DICOM UID (urn:oid:<Study Instance UID>).");
                }
                return uid;
            }
        }
        throw TeleradException.invalid("TELERAD-FHIR-023", "ImagingStudy.identifier",
                "The ImagingStudy names no study: an identifier with system urn:dicom:uid and value"
                        + " urn:oid:<Study Instance UID> is required.");
    }

    private static Map<String, JsonNode> contained(JsonNode study) {
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode resource : study.path("contained")) {
            String id = resource.path("id").asText("");
            if (!id.isEmpty()) {
                byId.put(id.startsWith("#") ? id.substring(1) : id, resource);
            }
        }
        return byId;
    }

    private static JsonNode reference(JsonNode reference, Map<String, JsonNode> contained) {
        String ref = reference.path("reference").asText("");
        return ref.startsWith("#") ? contained.getOrDefault(ref.substring(1), JSON.missingNode()) : JSON.missingNode();
    }

    private static Patient patient(JsonNode resource) {
        if (resource.isMissingNode()) {
            return Patient.unknown();
        }
        String id = null;
        String issuer = null;
        JsonNode identifier = resource.path("identifier").path(0);
        if (identifier.isObject()) {
            // tolerated: the exporter's malformed {"type":"Patient","identifier":{"value":...}}
            JsonNode inner = identifier.path("identifier").isObject() ? identifier.path("identifier") : identifier;
            id = blankToNull(inner.path("value").asText(null));
            issuer = blankToNull(stripOid(inner.path("system").asText("")));
        }
        return new Patient(id, issuer, personName(resource.path("name")), date(resource.path("birthDate")),
                sex(resource.path("gender").asText("")));
    }

    private static String practitionerName(JsonNode study, Map<String, JsonNode> contained) {
        JsonNode practitioner = reference(study.path("referrer"), contained);
        return practitioner.isMissingNode() ? null : personName(practitioner.path("name"));
    }

    /** The first HumanName as a DICOM person name (family^given^middle^prefix^suffix). */
    static String personName(JsonNode names) {
        JsonNode name = names.isArray() ? names.path(0) : names;
        if (!name.isObject()) {
            return null;
        }
        String family = name.path("family").asText("");
        List<String> given = new ArrayList<>();
        name.path("given").forEach(g -> given.add(g.asText()));
        if (family.isEmpty() && given.isEmpty()) {
            return blankToNull(name.path("text").asText(""));
        }
        String prefix = String.join(" ", texts(name.path("prefix")));
        String suffix = String.join(" ", texts(name.path("suffix")));
        String dicom = family + "^" + (given.isEmpty() ? "" : given.get(0)) + "^"
                + String.join(" ", given.subList(Math.min(1, given.size()), given.size())) + "^" + prefix + "^"
                + suffix;
        return dicom.replaceAll("\\^+$", "");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static LocalDate date(JsonNode node) {
        String text = node.asText("");
        try {
            return text.length() == 10 ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String sex(String gender) {
        return switch (gender) {
            case "female" -> "F";
            case "male" -> "M";
            case "other" -> "O";
            default -> null;
        };
    }

    private static Optional<String> accession(JsonNode study) {
        for (JsonNode basedOn : study.path("basedOn")) {
            JsonNode identifier = basedOn.path("identifier");
            for (JsonNode coding : identifier.path("type").path("coding")) {
                if (ACCESSION_TYPE.equals(coding.path("code").asText())) {
                    return Optional.ofNullable(blankToNull(identifier.path("value").asText("")));
                }
            }
        }
        return Optional.empty();
    }

    /** The most significant modality: the study's first imaging one, else a series', else any. */
    static Optional<String> modality(JsonNode study) {
        List<String> all = new ArrayList<>();
        JsonNode studyModalities = study.path("modality");
        if (studyModalities.isArray()) {
            studyModalities.forEach(m -> codes(m).forEach(all::add));
        } else {
            codes(studyModalities).forEach(all::add);
        }
        for (JsonNode series : sortedSeries(study)) {
            codes(series.path("modality")).forEach(all::add);
        }
        return all.stream().filter(m -> !SECONDARY_MODALITIES.contains(m)).findFirst()
                .or(() -> all.stream().findFirst());
    }

    /** The codes of a Coding (R4) or a CodeableConcept (R5). */
    private static List<String> codes(JsonNode codingOrConcept) {
        List<String> out = new ArrayList<>();
        if (codingOrConcept.has("coding")) {
            codingOrConcept.path("coding").forEach(c -> addCode(out, c));
        } else {
            addCode(out, codingOrConcept);
        }
        return out;
    }

    private static void addCode(List<String> out, JsonNode coding) {
        String code = coding.path("code").asText("").strip().toUpperCase(Locale.ROOT);
        if (!code.isEmpty()) {
            out.add(code);
        }
    }

    /** The first series' body part: SNOMED code mapped to DICOM where known, else its display. */
    static Optional<String> bodyPart(JsonNode study) {
        for (JsonNode series : sortedSeries(study)) {
            JsonNode site = series.path("bodySite");
            JsonNode concept = site.has("concept") ? site.path("concept") : site; // R5 CodeableReference / R4 Coding
            List<JsonNode> codings = new ArrayList<>();
            if (concept.has("coding")) {
                concept.path("coding").forEach(codings::add);
            } else if (concept.isObject()) {
                codings.add(concept);
            }
            for (JsonNode coding : codings) {
                String mapped = BODY_PARTS.get(coding.path("code").asText(""));
                if (mapped != null) {
                    return Optional.of(mapped);
                }
            }
            for (JsonNode coding : codings) {
                String display = blankToNull(coding.path("display").asText(""));
                if (display != null) {
                    return Optional.of(display);
                }
            }
            String text = blankToNull(concept.path("text").asText(""));
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The series in series-number order (the exporter sends them unsorted), then by UID. */
    private static List<JsonNode> sortedSeries(JsonNode study) {
        List<JsonNode> series = new ArrayList<>();
        study.path("series").forEach(series::add);
        series.sort(Comparator.comparingInt((JsonNode s) -> s.path("number").asInt(Integer.MAX_VALUE))
                .thenComparing(s -> s.path("uid").asText("")));
        return series;
    }

    private static List<InputSeries> series(JsonNode study, String studyUid, String defaultRetrieveAe) {
        List<InputSeries> out = new ArrayList<>();
        List<JsonNode> sorted = sortedSeries(study);
        for (JsonNode series : sorted) {
            int index = indexOf(study.path("series"), series);
            String uid = stripOid(series.path("uid").asText(""));
            if (!isUid(uid)) {
                throw TeleradException.invalid("TELERAD-FHIR-025", "ImagingStudy.series[" + index + "].uid",
                        "A series has no valid Series Instance UID.");
            }
            List<JsonNode> instances = new ArrayList<>();
            series.path("instance").forEach(instances::add);
            instances.sort(Comparator.comparingInt((JsonNode i) -> i.path("number").asInt(Integer.MAX_VALUE))
                    .thenComparing(i -> i.path("uid").asText("")));
            List<InputSeries.Instance> refs = new ArrayList<>();
            for (JsonNode instance : instances) {
                String sop = stripOid(instance.path("uid").asText(""));
                if (!isUid(sop)) {
                    throw TeleradException.invalid("TELERAD-FHIR-025", "ImagingStudy.series[" + index
                            + "].instance[" + indexOf(series.path("instance"), instance) + "].uid",
                            "An instance has no valid SOP Instance UID.");
                }
                refs.add(new InputSeries.Instance(blankToNull(stripOid(instance.path("sopClass").path("code")
                        .asText(""))), sop));
            }
            out.add(new InputSeries(studyUid, uid, defaultRetrieveAe, refs));
        }
        return out;
    }

    private static int indexOf(JsonNode array, JsonNode element) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == element) {
                return i;
            }
        }
        return -1;
    }

    private static Instant started(JsonNode study, ZoneId senderZone) {
        String text = study.path("started").asText("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(senderZone).toInstant();
            } catch (DateTimeParseException e2) {
                throw TeleradException.invalid("TELERAD-FHIR-026", "ImagingStudy.started",
                        "started is not a FHIR dateTime with time (yyyy-MM-ddThh:mm:ss[.fff][+zz:zz]).");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        return blankToNull(node.path(field).asText(""));
    }

    private static String stripOid(String value) {
        String v = value == null ? "" : value.strip();
        return v.regionMatches(true, 0, "urn:oid:", 0, 8) ? v.substring(8) : v;
    }

    private static boolean isUid(String text) {
        return text.length() <= 64 && UID.matcher(text).matches();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
