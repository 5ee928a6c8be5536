package org.telerad.reporting.template.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.reporting.report.application.ReportText;
import org.telerad.reporting.report.domain.ReportContent;
import org.telerad.reporting.template.domain.ReportTemplate;
import org.telerad.reporting.template.domain.ReportTemplates;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;

/**
 * Report templates: anyone signed in reads them; credentialing admins create and revise them (role checked by
 * the REST layer), each change audited (APPLICATION_ACTIVITY, object {@code ReportTemplate}).
 */
@ApplicationScoped
public class TemplateCatalogue {

    static final String OBJECT_TYPE = "ReportTemplate";

    @Inject
    ReportTemplates templates;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public TemplateCatalogue() {
    }

    /** For tests and tools that wire it themselves. */
    public TemplateCatalogue(ReportTemplates templates, AuditTrail audit, CurrentCaller caller, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** What a credentialing admin sends to create or revise a template. */
    public record TemplateDetails(String id, String name, String modality, String bodyPart, Boolean active,
            ReportText sections) {
    }

    @Transactional
    public List<ReportTemplate> list(String modality, boolean includeInactive) {
        return templates.latest(modality, includeInactive);
    }

    @Transactional
    public ReportTemplate latest(String id) {
        return templates.latest(id).orElseThrow(() -> unknown(id));
    }

    @Transactional
    public ReportTemplate version(String id, int version) {
        return templates.version(id, version).orElseThrow(() -> unknown(id + " version " + version));
    }

    @Transactional
    public List<ReportTemplate> versions(String id) {
        List<ReportTemplate> all = templates.versions(id);
        if (all.isEmpty()) {
            throw unknown(id);
        }
        return all;
    }

    /** The active template that fits a study best (same modality and body part first), if any. */
    @Transactional
    public Optional<ReportTemplate> suggestFor(String modality, String bodyPart) {
        return templates.latest(null, false).stream().filter(t -> t.fit(modality, bodyPart) > 0)
                .max(Comparator.comparingInt((ReportTemplate t) -> t.fit(modality, bodyPart))
                        .thenComparing(ReportTemplate::id, Comparator.reverseOrder()));
    }

    @Transactional
    public ReportTemplate create(TemplateDetails d) {
        if (d == null) {
            throw TeleradException.invalid("TELERAD-REPORT-060", "/", "A template is required");
        }
        ReportTemplate t = ReportTemplate.first(d.id(), d.name(), d.modality(), d.bodyPart(),
                d.sections() == null ? ReportContent.empty() : d.sections().toContent(), caller.get().username(), clock.instant());
        if (Boolean.FALSE.equals(d.active())) {
            t = new ReportTemplate(t.id(), 1, t.name(), t.modality(), t.bodyPart(), t.sections(), false,
                    t.createdAt(), t.createdBy());
        }
        templates.add(t);
        audit(t, AuditAction.CREATE, "template created");
        return t;
    }

    @Transactional
    public ReportTemplate revise(String id, long expectedVersion, TemplateDetails d) {
        ReportTemplate current = latest(id);
        if (current.version() != expectedVersion) {
            throw TeleradException.preconditionFailed("TELERAD-REPORT-062", "The template is at version "
                    + current.version() + ", not " + expectedVersion + "; read it again and retry.");
        }
        if (d == null) {
            throw TeleradException.invalid("TELERAD-REPORT-060", "/", "A template is required");
        }
        ReportTemplate next = current.revise(d.name() != null ? d.name() : current.name(),
                d.modality() != null ? d.modality() : current.modality(),
                d.bodyPart() != null ? d.bodyPart() : current.bodyPart(),
                d.sections() != null ? d.sections().toContent() : current.sections(),
                d.active() != null ? d.active() : current.active(), caller.get().username(), clock.instant());
        templates.add(next);
        audit(next, AuditAction.UPDATE, "template revised to version " + next.version());
        return next;
    }

    private void audit(ReportTemplate t, AuditAction action, String detail) {
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, action, OBJECT_TYPE, t.id(), null,
                detail));
    }

    private static TeleradException unknown(String what) {
        return TeleradException.notFound("TELERAD-REPORT-063", "There is no report template " + what + ".");
    }
}
