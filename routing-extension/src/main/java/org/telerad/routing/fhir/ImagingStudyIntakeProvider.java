package org.telerad.routing.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.application.TaskEnrichment;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.BearerTokenClaims;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * {@code POST /fhir/ImagingStudy} as an archive's FHIR exporter sends it (dcm4chee-arc-light's {@code fhir:}
 * exporter: R5 JSON by default, R4 too). The body is taken raw and read by {@link ImagingStudyTranslator}, not by
 * the server's R4 parser, so R5 shapes and the exporter's malformed Patient identifier are accepted. The study
 * then takes exactly the UPS-RS create path: enrichment from the archive and facility recognition, then
 * {@link ReadingTaskService#schedule} (creates the task, or revises the one for the same study and read type),
 * then routing. Answers 201 with {@code Location: ImagingStudy/<workitem UID>} and an informational
 * OperationOutcome naming the workitem; callers need role {@value Roles#TELERAD_SERVICE} and a token of a
 * configured archive's client.
 */
@ApplicationScoped
public class ImagingStudyIntakeProvider implements IResourceProvider {

    private ReadingTaskService tasks;
    private TaskEnrichment enrichment;
    private Archives archives;
    private CurrentCaller currentCaller;

    protected ImagingStudyIntakeProvider() {
        // for CDI proxies
    }

    @Inject
    public ImagingStudyIntakeProvider(ReadingTaskService tasks, TaskEnrichment enrichment, Archives archives,
            CurrentCaller currentCaller) {
        this.tasks = tasks;
        this.enrichment = enrichment;
        this.archives = archives;
        this.currentCaller = currentCaller;
    }

    @Override
    public Class<ImagingStudy> getResourceType() {
        return ImagingStudy.class;
    }

    @Create
    public MethodOutcome create(@ResourceParam String body, RequestDetails request) {
        if (!currentCaller.get().hasRole(Roles.TELERAD_SERVICE)) {
            throw TeleradException.forbidden("TELERAD-FHIR-030", "Only an archive (role " + Roles.TELERAD_SERVICE
                    + ") may post an ImagingStudy for reading.");
        }
        ConfiguredArchive archive = BearerTokenClaims.fromAuthorizationHeader(request.getHeader("Authorization"))
                .flatMap(BearerTokenClaims::clientId)
                .flatMap(archives::byClientId)
                .orElseThrow(() -> TeleradException.forbidden("TELERAD-FHIR-031", "The credential of this request"
                        + " belongs to no archive configured in Telerad; configure the archive with the Keycloak"
                        + " client it uses."));
        ReadingRequest reading = ImagingStudyTranslator.toRequest(body, archive.timeZone(), archive.primaryAeTitle(),
                archive.name());
        TaskEnrichment.Enriched enriched = enrichment.beforeIntake(reading, archive);
        ReadingTaskService.Intake intake = tasks.schedule(enriched.request(), null);
        enrichment.afterIntake(intake, enriched);
        String uid = intake.task().uid().value();
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics((intake.created() ? "Reading task created" : "The reading task for this study already"
                        + " existed: it was updated, not duplicated") + "; UPS workitem " + uid + " at "
                        + workitemUrl(request, uid));
        return new MethodOutcome(new IdType("ImagingStudy", uid), outcome).setCreated(true);
    }

    private static String workitemUrl(RequestDetails request, String uid) {
        String base = request.getFhirServerBase();
        String root = base != null && base.endsWith("/fhir") ? base.substring(0, base.length() - 5) : "";
        return root + "/rs/workitems/" + uid;
    }
}
