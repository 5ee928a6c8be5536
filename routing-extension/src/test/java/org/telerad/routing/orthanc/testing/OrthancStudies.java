package org.telerad.routing.orthanc.testing;

import java.time.LocalDate;
import java.util.List;

import org.telerad.routing.orthanc.domain.OrthancSeries;
import org.telerad.routing.orthanc.domain.OrthancStudy;
import org.telerad.routing.task.domain.Patient;

/** Synthetic studies as Orthanc would describe them. */
public final class OrthancStudies {

    private OrthancStudies() {
    }

    /** A routine CT head from Dallas, sent by the calling AE DRIC_CT1. */
    public static OrthancStudy ctHeadFromDallas(String orthancId, String studyUid) {
        return new OrthancStudy(orthancId, studyUid, "ACC-" + orthancId, new Patient("P-" + orthancId, null,
                "Doe^Jane", LocalDate.of(1970, 1, 2), "F"), "CT HEAD W/O CONTRAST", "Dallas Regional Imaging Center",
                null, null, "DRIC_CT1", List.of(new OrthancSeries(studyUid + ".1", "CT", "HEAD",
                        List.of(studyUid + ".1.1", studyUid + ".1.2"))));
    }

    /** A STAT CT head (stroke protocol) from Dallas. */
    public static OrthancStudy strokeCtFromDallas(String orthancId, String studyUid) {
        OrthancStudy s = ctHeadFromDallas(orthancId, studyUid);
        return new OrthancStudy(s.orthancId(), s.studyInstanceUid(), s.accessionNumber(), s.patient(),
                "CT HEAD STROKE PROTOCOL", s.institutionName(), null, null, s.callingAeTitle(), s.series());
    }

    /** The same study with one more series (images that arrived later). */
    public static OrthancStudy withMoreSeries(OrthancStudy s, OrthancSeries more) {
        List<OrthancSeries> all = new java.util.ArrayList<>(s.series());
        all.add(more);
        return new OrthancStudy(s.orthancId(), s.studyInstanceUid(), s.accessionNumber(), s.patient(),
                s.studyDescription(), s.institutionName(), s.referringPhysicianName(), s.requestedProcedurePriority(),
                s.callingAeTitle(), all);
    }

    /** A chest CR from an institution and calling AE no facility declares. */
    public static OrthancStudy chestFromNowhere(String orthancId, String studyUid) {
        return new OrthancStudy(orthancId, studyUid, null, Patient.unknown(), "CHEST PA", "Unknown Clinic", null,
                null, "NOWHERE_CR", List.of(new OrthancSeries(studyUid + ".1", "CR", "CHEST",
                        List.of(studyUid + ".1.1"))));
    }
}
