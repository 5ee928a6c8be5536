package org.telerad.reporting.template.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.telerad.reporting.report.domain.ReportContent;
import org.telerad.reporting.report.domain.TemplateRef;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * A report template for one modality and body part (e.g. CT head): the starting text of each section. Versioned:
 * {@link #revise} answers the next version and the earlier ones stay, so a report always shows the template
 * version it was written from. {@code bodyPart} is a DICOM Body Part Examined term (HEAD, CHEST, ABDOMENPELVIS,
 * BRAIN), null for any body part. Immutable.
 */
public record ReportTemplate(String id, int version, String name, String modality, String bodyPart,
        ReportContent sections, boolean active, Instant createdAt, String createdBy) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern CS = Pattern.compile("[A-Z0-9_ ]{1,16}");

    public ReportTemplate {
        List<FieldViolation> violations = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            violations.add(new FieldViolation("id", "2 to 64 lower-case letters, digits and hyphens"));
        }
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty() || name.length() > 200) {
            violations.add(new FieldViolation("name", "a name of 1 to 200 characters is required"));
        }
        modality = modality == null ? null : modality.strip().toUpperCase(Locale.ROOT);
        if (modality == null || !CS.matcher(modality).matches()) {
            violations.add(new FieldViolation("modality", "a DICOM modality code (CT, MR, CR, DX, ...) is required"));
        }
        bodyPart = bodyPart == null || bodyPart.isBlank() ? null : bodyPart.strip().toUpperCase(Locale.ROOT);
        if (bodyPart != null && !CS.matcher(bodyPart).matches()) {
            violations.add(new FieldViolation("bodyPart", "a DICOM Body Part Examined term (HEAD, CHEST, ...)"));
        }
        if (sections == null) {
            violations.add(new FieldViolation("sections", "the sections are required"));
        }
        if (!violations.isEmpty()) {
            throw TeleradException.invalid("TELERAD-REPORT-060", "The template is invalid: "
                    + violations.get(0).field() + ": " + violations.get(0).message() + ".", violations);
        }
        if (version < 1) {
            throw new IllegalArgumentException("template versions start at 1");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The first version of a new template. */
    public static ReportTemplate first(String id, String name, String modality, String bodyPart,
            ReportContent sections, String by, Instant now) {
        return new ReportTemplate(id, 1, name, modality, bodyPart, sections, true, now, by);
    }

    /** The next version; a null name, modality, body part or sections keeps the current one. */
    public ReportTemplate revise(String newName, String newModality, String newBodyPart, ReportContent newSections,
            boolean nowActive, String by, Instant now) {
        return new ReportTemplate(id, version + 1, newName != null ? newName : name,
                newModality != null ? newModality : modality, newBodyPart != null ? newBodyPart : bodyPart,
                newSections != null ? newSections : sections, nowActive, now, by);
    }

    public TemplateRef ref() {
        return new TemplateRef(id, version);
    }

    /**
     * How well this template fits a study: 2 for the same modality and body part, 1 for the same modality and a
     * template for any body part, 0 when it does not fit.
     */
    public int fit(String studyModality, String studyBodyPart) {
        if (!active || studyModality == null || !modality.equalsIgnoreCase(studyModality.strip())) {
            return 0;
        }
        if (bodyPart == null) {
            return 1;
        }
        return studyBodyPart != null && bodyPart.equalsIgnoreCase(studyBodyPart.strip()) ? 2 : 0;
    }
}
