package org.telerad.reporting.report.domain;

import java.time.Instant;
import java.util.UUID;

/** Reports, signers and texts for tests. */
final class ReportFixtures {

    static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    static final Signer RAD_TX = new Signer("rad-tx", UUID.fromString("00000000-0000-0000-0000-0000000000a1"),
            "Riley Texas", "1234567893");
    static final Signer RAD_ABROAD = new Signer("rad-abroad", UUID.fromString("00000000-0000-0000-0000-0000000000b2"),
            "Anna Weber", null);

    private ReportFixtures() {
    }

    static ReportContent ctHeadNormal() {
        return new ReportContent("Fall, headache.", "Axial CT without contrast.", "None.",
                "No intracranial hemorrhage. No mass effect.", "No acute intracranial abnormality.");
    }

    static ReportContent withoutImpression() {
        return new ReportContent("Fall.", "Axial CT.", null, "No hemorrhage.", "   ");
    }

    static Report draftOnTask(String workitem) {
        Report r = Report.start(UUID.randomUUID(), "2.25.1", "tx-dallas", "PID-1", "HOSP", workitem, "rad-tx",
                ReportContent.empty(), new TemplateRef("ct-head", 1), T0);
        r.saveDraft(workitem, "rad-tx", ctHeadNormal(), null, T0.plusSeconds(60));
        r.takeEvents();
        return r;
    }
}
