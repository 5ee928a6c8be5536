package org.telerad.registry.fhir;

import java.util.List;
import java.util.function.Supplier;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

/**
 * Translates the registry's refusals into HAPI's exceptions carrying an OperationOutcome: the kind decides
 * the status (400, 401, 403, 404, 409, 412, 422, 428), each field violation becomes an issue whose
 * {@code expression} (and {@code location}) names the FHIR element, and the stable code travels in
 * {@code issue.details.coding} ({@value FhirSystems#PROBLEM}) and the diagnostics.
 */
final class FhirOutcomes {

    /** A write without a version to compare: FHIR's If-Match or meta.versionId. */
    static final String VERSION_REQUIRED = "TELERAD-FHIR-001";
    /** The resource body cannot be turned into a registry record. */
    static final String INVALID_ELEMENT = "TELERAD-FHIR-002";
    /** A search parameter the registry cannot answer. */
    static final String INVALID_SEARCH = "TELERAD-FHIR-003";
    /** A reference to a record that is not of the expected type or does not exist. */
    static final String INVALID_REFERENCE = "TELERAD-FHIR-004";

    private FhirOutcomes() {
    }

    /** Runs a call into the registry and translates its refusal, naming elements through {@code paths}. */
    static <T> T call(FieldPaths paths, Supplier<T> work) {
        try {
            return work.get();
        } catch (TeleradException e) {
            throw translate(e, paths);
        }
    }

    static void run(FieldPaths paths, Runnable work) {
        call(paths, () -> {
            work.run();
            return null;
        });
    }

    /**
     * The HAPI exception for a refusal. With {@code paths} (a resource was sent) an invalid input answers 422
     * naming the elements; without (a read or search) 400.
     */
    static BaseServerResponseException translate(TeleradException e, FieldPaths paths) {
        OperationOutcome outcome = new OperationOutcome();
        IssueType type = issueType(e.kind());
        if (e.violations().isEmpty()) {
            outcome.addIssue(issue(type, e.code(), e.getMessage(), paths == null || !aboutContent(e.kind()) ? null
                    : paths.root()));
        }
        for (FieldViolation violation : e.violations()) {
            String expression = paths == null ? null : paths.expressionFor(violation.field());
            outcome.addIssue(issue(type, e.code(), violation.message(), expression));
        }
        String message = e.code() + ": " + e.getMessage();
        BaseServerResponseException translated = switch (e.kind()) {
            case INVALID -> paths == null ? new InvalidRequestException(message, outcome)
                    : new UnprocessableEntityException(message, outcome);
            case UNPROCESSABLE -> new UnprocessableEntityException(message, outcome);
            case UNAUTHENTICATED -> new AuthenticationException(message);
            case FORBIDDEN -> new ForbiddenOperationException(message, outcome);
            case NOT_FOUND -> new ResourceNotFoundException(message, outcome);
            case CONFLICT -> new ResourceVersionConflictException(message, outcome);
            case PRECONDITION_FAILED -> new PreconditionFailedException(message, outcome);
            case PAYLOAD_TOO_LARGE -> new PayloadTooLargeException(message);
            case PRECONDITION_REQUIRED, UNSUPPORTED_MEDIA_TYPE, UNAVAILABLE ->
                new UnclassifiedServerFailureException(e.kind().httpStatus(), message, outcome);
        };
        translated.setOperationOutcome(outcome);
        return translated;
    }

    /** 422 for problems the adapter found in the resource itself. */
    static UnprocessableEntityException unprocessable(String resourceType, List<ElementViolations.Found> found) {
        OperationOutcome outcome = new OperationOutcome();
        for (ElementViolations.Found f : found) {
            outcome.addIssue(issue(IssueType.INVALID, f.code(), f.message(), f.expression()));
        }
        String message = found.size() == 1 ? found.get(0).code() + ": " + found.get(0).expression() + ": "
                + found.get(0).message() : INVALID_ELEMENT + ": " + found.size() + " elements of the "
                        + resourceType + " are invalid";
        return new UnprocessableEntityException(message, outcome);
    }

    /** 400 for a search parameter the registry cannot answer. */
    static InvalidRequestException invalidSearch(String parameter, String message) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue(issue(IssueType.INVALID, INVALID_SEARCH, message, null)
                .setDiagnostics(INVALID_SEARCH + ": " + parameter + ": " + message));
        return new InvalidRequestException(INVALID_SEARCH + ": " + parameter + ": " + message, outcome);
    }

    /** 428: an update must say which version it changes. */
    static UnclassifiedServerFailureException versionRequired(String resourceType) {
        String message = "Send the version you changed in If-Match (W/\"<versionId>\") or in meta.versionId; "
                + "the server refuses updates that could overwrite someone else's change";
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue(issue(IssueType.CONFLICT, VERSION_REQUIRED, message, resourceType + ".meta.versionId"));
        return new UnclassifiedServerFailureException(428, VERSION_REQUIRED + ": " + message, outcome);
    }

    private static OperationOutcomeIssueComponent issue(IssueType type, String code, String text,
            String expression) {
        OperationOutcomeIssueComponent issue = new OperationOutcomeIssueComponent()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(type)
                .setDiagnostics(code + ": " + (expression == null ? "" : expression + ": ") + text)
                .setDetails(new CodeableConcept(new Coding(FhirSystems.PROBLEM, code, null)).setText(text));
        if (expression != null) {
            issue.addExpression(expression);
            issue.addLocation(expression);
        }
        return issue;
    }

    /** Refusals about what the resource says name its element; who may call or which version is current do not. */
    private static boolean aboutContent(TeleradException.Kind kind) {
        return kind == TeleradException.Kind.INVALID || kind == TeleradException.Kind.UNPROCESSABLE
                || kind == TeleradException.Kind.CONFLICT;
    }

    private static IssueType issueType(TeleradException.Kind kind) {
        return switch (kind) {
            case INVALID, UNPROCESSABLE -> IssueType.INVALID;
            case UNAUTHENTICATED -> IssueType.LOGIN;
            case FORBIDDEN -> IssueType.FORBIDDEN;
            case NOT_FOUND -> IssueType.NOTFOUND;
            case CONFLICT, PRECONDITION_FAILED, PRECONDITION_REQUIRED -> IssueType.CONFLICT;
            case PAYLOAD_TOO_LARGE -> IssueType.TOOCOSTLY;
            case UNSUPPORTED_MEDIA_TYPE -> IssueType.NOTSUPPORTED;
            case UNAVAILABLE -> IssueType.TRANSIENT;
        };
    }
}
