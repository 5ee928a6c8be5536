package org.telerad.routing.task.testing;

import java.time.LocalDate;
import java.util.List;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReferencedRequest;
import org.telerad.routing.task.domain.StudyFacts;

/** Reading requests for tests: a synthetic CT study from tx-dallas, one series of two instances. */
public final class ReadingRequests {

    public static final String STUDY = "2.25.1001";

    private ReadingRequests() {
    }

    public static ReadingRequest ctFromDallas() {
        return withSeries(series("2.25.1001.1", "2.25.1001.1.1", "2.25.1001.1.2"));
    }

    public static ReadingRequest withSeries(InputSeries... series) {
        return new ReadingRequest(STUDY, ReadType.FINAL,
                new Patient("P-1", "HOSP", "Doe^Jane", LocalDate.of(1970, 1, 2), "F"),
                new ReferencedRequest("ACC-1", null, null, null, null), List.of(series), "DEFAULT", null,
                Priority.MEDIUM, InputReadiness.READY, "tx-dallas", new StudyFacts("CT", null, null, null), null, null,
                "local-orthanc");
    }

    public static InputSeries series(String seriesUid, String... instances) {
        return new InputSeries(STUDY, seriesUid, "ORTHANC", java.util.Arrays.stream(instances)
                .map(i -> new InputSeries.Instance("1.2.840.10008.5.1.4.1.1.2", i)).toList());
    }

    public static ReadingRequest withPriority(ReadingRequest r, Priority p) {
        return new ReadingRequest(r.studyInstanceUid(), r.readType(), r.patient(), r.request(), r.inputs(),
                r.procedureStepLabel(), r.worklistLabel(), p, r.inputReadiness(), r.facilityCode(), r.facts(),
                r.scheduledStart(), r.expectedCompletion(), r.sourceArchive());
    }
}
