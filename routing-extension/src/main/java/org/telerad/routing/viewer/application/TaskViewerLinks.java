package org.telerad.routing.viewer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.viewer.domain.ViewedStudies;
import org.telerad.routing.viewer.domain.ViewedStudy;
import org.telerad.routing.viewer.domain.ViewerLink;
import org.telerad.routing.viewer.domain.ViewerTemplates;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;

/**
 * Answers a task's viewer link to an allowed caller ({@link ViewerAccess}); each answer is audited as DICOM
 * Instances Accessed (READ) on the task, since the caller is about to open the images.
 */
@ApplicationScoped
public class TaskViewerLinks {

    static final String OBJECT_TYPE = "ReadingTaskStudy";

    @Inject
    ViewedStudies studies;

    @Inject
    ViewerTemplates templates;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    @Transactional
    public ViewerLink of(String taskUid) {
        ViewedStudy task = studies.byTask(taskUid).orElseThrow(
                () -> TeleradException.notFound("TELERAD-VIEWER-001", "No reading task has this UID."));
        String refusal = ViewerAccess.refusal(currentCaller.get(), task);
        if (refusal != null) {
            throw TeleradException.forbidden("TELERAD-VIEWER-002", refusal + ".");
        }
        ViewerLink link = ViewerLink.of(task, templates.forArchive(task.sourceArchive()));
        audit.record(AuditRecord.success(AuditEventType.DICOM_INSTANCES_ACCESSED, AuditAction.READ, OBJECT_TYPE,
                task.taskUid(), task.facilityCode(), "viewer link"));
        return link;
    }
}
