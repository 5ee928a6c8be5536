package org.telerad.reporting.delivery.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.api.ReportVersionSigned;
import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.api.SignedReportVersion.CriticalFinding;
import org.telerad.reporting.api.SignedReportVersion.Interpreter;
import org.telerad.reporting.api.SignedReportVersion.PatientIdentity;
import org.telerad.reporting.api.SignedReportVersion.Sections;

/** Signed report versions of one CT head report at tx-dallas: preliminary, final by another reader, addendum. */
public final class SignedVersions {

    public static final UUID REPORT = UUID.fromString("6f1c2a9e-3b1d-4e55-9a7f-0c1e2d3b4a51");
    public static final String WORKITEM = "2.25.301882127319416183125341152434585337151";
    public static final String STUDY = "2.25.168915247463381905219117470624837019321";
    public static final Instant PRELIMINARY_AT = Instant.parse("2026-11-28T01:10:00Z");
    public static final Instant FINAL_AT = Instant.parse("2026-11-28T02:05:30Z");
    public static final Instant ADDENDUM_AT = Instant.parse("2026-11-28T09:45:00Z");

    public static final Interpreter NIGHT_READER = new Interpreter(
            UUID.fromString("0d3c6a2b-1111-4aaa-8bbb-1c2d3e4f5a6b"), null, "Okafor", "Ada", "rad-night");
    public static final Interpreter ATTENDING = new Interpreter(
            UUID.fromString("0d3c6a2b-2222-4aaa-8bbb-1c2d3e4f5a6b"), "1234567893", "Whitfield", "James", "rad-tx");

    public static final PatientIdentity PATIENT = new PatientIdentity("MRN-448812", "2.16.840.1.113883.3.72.5.9.1",
            "DOE^JANE^Q", LocalDate.of(1961, 4, 2), "F");

    private SignedVersions() {
    }

    public static SignedReportVersion preliminary() {
        return version(1, ReportStatus.PRELIMINARY, PRELIMINARY_AT, NIGHT_READER, null,
                "No acute intracranial hemorrhage.");
    }

    /** The final, signed by the attending; the night reader's preliminary makes them the assistant interpreter. */
    public static SignedReportVersion finalByAttending() {
        return version(2, ReportStatus.FINAL, FINAL_AT, ATTENDING, NIGHT_READER,
                "No acute intracranial hemorrhage or mass effect.\nChronic small vessel ischemic change.");
    }

    /** Version 3: the final's text with one signed addendum. */
    public static SignedReportVersion addendum() {
        SignedReportVersion finalReport = finalByAttending();
        SignedReportVersion.Sections s = finalReport.sections();
        return new SignedReportVersion(REPORT, 3, ReportStatus.AMENDED, ADDENDUM_AT, WORKITEM, STUDY,
                finalReport.accessionNumber(), finalReport.accessionIssuer(), "tx-dallas", PATIENT, ATTENDING,
                NIGHT_READER, new SignedReportVersion.Sections(s.clinicalInformation(), s.technique(), s.comparison(),
                        s.findings(), s.impression(), List.of(new SignedReportVersion.Addendum(
                                "4 mm left frontal meningioma, unchanged from the prior | no action needed.",
                                "James Whitfield", ADDENDUM_AT)), null),
                finalReport.criticalFindings(), "ct-head", 2);
    }

    /** The preliminary of another report (another study of the same patient, same facility). */
    public static SignedReportVersion preliminaryOf(UUID report) {
        SignedReportVersion p = preliminary();
        return new SignedReportVersion(report, 1, p.status(), p.signedAt(), p.workitemUid(), p.studyInstanceUid(),
                p.accessionNumber(), p.accessionIssuer(), p.facilityCode(), p.patient(), p.principalInterpreter(),
                null, p.sections(), List.of(), p.templateId(), p.templateVersion());
    }

    public static SignedReportVersion version(int version, ReportStatus status, Instant at, Interpreter signer,
            Interpreter assistant, String impression) {
        return new SignedReportVersion(REPORT, version, status, at, WORKITEM, STUDY, "ACC-20261128-0042", "DALLAS-RIS",
                "tx-dallas", PATIENT, signer, assistant,
                new Sections("Fall from standing, headache.", "Non-contrast CT of the head, 5 mm axial.",
                        "CT head 2025-03-14.", "Ventricles normal in size.\nNo extra-axial collection.\n"
                                + "Basal cisterns patent.", impression),
                status == ReportStatus.PRELIMINARY ? List.of() : List.of(new CriticalFinding(
                        UUID.fromString("9a8b7c6d-0000-4000-8000-000000000001"), 3, "Incidental meningioma",
                        "Dr. Rivera (ordering)", Instant.parse("2026-11-28T02:07:00Z"), "PHONE", true)),
                "ct-head", 2);
    }

    public static ReportVersionSigned signed(SignedReportVersion v) {
        return new ReportVersionSigned(v.reportId(), v.version(), v.status(), v.workitemUid(), v.facilityCode(),
                v.signedAt());
    }
}
