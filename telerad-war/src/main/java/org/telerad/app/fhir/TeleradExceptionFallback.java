package org.telerad.app.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

/**
 * Last line of translation: a {@link TeleradException} that a resource provider let through (HAPI wraps it in
 * an internal error) still answers with its own status, stable code and sentence instead of a 500. Module
 * adapters translate first and more precisely (naming FHIR elements); this keeps a new provider honest.
 */
final class TeleradExceptionFallback {

    static final String PROBLEM_SYSTEM = "urn:telerad:problem";

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(Throwable thrown) {
        if (thrown instanceof BaseServerResponseException answered && answered.getOperationOutcome() != null) {
            return null;
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TeleradException refusal) {
                return asFhir(refusal);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    BaseServerResponseException asFhir(TeleradException e) {
        OperationOutcome outcome = new OperationOutcome();
        if (e.violations().isEmpty()) {
            outcome.addIssue(issue(e, e.getMessage(), null));
        }
        for (FieldViolation violation : e.violations()) {
            outcome.addIssue(issue(e, violation.message(), violation.field()));
        }
        String message = e.code() + ": " + e.getMessage();
        return switch (e.kind()) {
            case INVALID -> new InvalidRequestException(message, outcome);
            case UNAUTHENTICATED -> withOutcome(new AuthenticationException(message), outcome);
            case FORBIDDEN -> new ForbiddenOperationException(message, outcome);
            case NOT_FOUND -> new ResourceNotFoundException(message, outcome);
            case CONFLICT -> new ResourceVersionConflictException(message, outcome);
            case PRECONDITION_FAILED -> new PreconditionFailedException(message, outcome);
            case UNPROCESSABLE -> new UnprocessableEntityException(message, outcome);
            default -> new UnclassifiedServerFailureException(e.kind().httpStatus(), message, outcome);
        };
    }

    private static BaseServerResponseException withOutcome(BaseServerResponseException e, OperationOutcome outcome) {
        e.setOperationOutcome(outcome);
        return e;
    }

    private static OperationOutcome.OperationOutcomeIssueComponent issue(TeleradException e, String text,
            String field) {
        OperationOutcome.OperationOutcomeIssueComponent issue = new OperationOutcome.OperationOutcomeIssueComponent()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(issueType(e.kind()))
                .setDiagnostics(e.code() + ": " + text)
                .setDetails(new CodeableConcept().setText(text).addCoding(
                        new org.hl7.fhir.r4.model.Coding(PROBLEM_SYSTEM, e.code(), e.kind().title())));
        if (field != null) {
            issue.addExpression(field);
        }
        return issue;
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
