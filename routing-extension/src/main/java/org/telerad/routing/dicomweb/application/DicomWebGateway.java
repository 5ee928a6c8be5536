package org.telerad.routing.dicomweb.application;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.dicomweb.domain.StudyResourceRequest;
import org.telerad.routing.dicomweb.domain.StudyTasks;
import org.telerad.routing.viewer.domain.ViewedStudy;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Authorises a gateway read: the caller must be allowed to read one of the study's tasks ({@link StudyReaders});
 * answers the archive the task came from ({@link #readBase}). The first read of a study by a caller in each
 * {@value #AUDIT_WINDOW_MINUTES}-minute window is audited as DICOM Instances Accessed (READ) on that task.
 */
@ApplicationScoped
public class DicomWebGateway {

    static final long AUDIT_WINDOW_MINUTES = 5;
    static final String OBJECT_TYPE = "ReadingTaskStudy";

    @Inject
    StudyTasks studyTasks;

    @Inject
    Archives archives;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    AccessAuditWindow auditWindow = new AccessAuditWindow(Duration.ofMinutes(AUDIT_WINDOW_MINUTES),
            Clock.systemUTC());

    @Transactional
    public StudyArchive authorise(StudyResourceRequest request) {
        Caller caller = currentCaller.get();
        List<ViewedStudy> tasks = studyTasks.of(request.studyInstanceUid());
        ViewedStudy task = StudyReaders.readableTask(caller, tasks).orElseThrow(() -> tasks.isEmpty()
                ? TeleradException.notFound("TELERAD-DICOMWEB-005", "Telerad has no reading task for this study.")
                : TeleradException.forbidden("TELERAD-DICOMWEB-006", "Only the radiologist a task of this study is"
                        + " assigned to, the admins of its facility, auditors, credentialing admins and Telerad"
                        + " services may read it."));
        ConfiguredArchive archive = task.sourceArchive() == null ? null
                : archives.byName(task.sourceArchive()).orElse(null);
        if (archive == null) {
            throw new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-DICOMWEB-007",
                    "The archive this study came from is not configured in Telerad.");
        }
        if (auditWindow.opens(caller.username(), request.studyInstanceUid())) {
            try {
                audit.record(AuditRecord.success(AuditEventType.DICOM_INSTANCES_ACCESSED, AuditAction.READ,
                        OBJECT_TYPE, task.taskUid(), task.facilityCode(), "DICOMweb gateway"));
            } catch (RuntimeException e) {
                auditWindow.forget(caller.username(), request.studyInstanceUid());
                throw e;
            }
        }
        return new StudyArchive(archive.name(), readBase(archive));
    }

    /**
     * Where to read the archive's DICOMweb: its configured base URL, except for the archive the Orthanc connector
     * feeds ({@code telerad.orthanc.archive}, default local-orthanc), read at the Orthanc the connector polls
     * ({@code telerad.orthanc.url} + /dicom-web) — the rule the priors use for its REST base.
     */
    static URI readBase(ConfiguredArchive archive) {
        String orthanc = System.getProperty("telerad.orthanc.url", "").strip();
        String fedArchive = System.getProperty("telerad.orthanc.archive", "local-orthanc");
        if (!orthanc.isEmpty() && archive.name().equals(fedArchive)) {
            return URI.create((orthanc.endsWith("/") ? orthanc.substring(0, orthanc.length() - 1) : orthanc)
                    + "/dicom-web");
        }
        return archive.dicomWebBaseUrl();
    }
}
