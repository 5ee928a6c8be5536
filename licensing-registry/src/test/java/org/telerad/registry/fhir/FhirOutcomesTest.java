package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.problem.TeleradException.Kind;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

class FhirOutcomesTest {

    @Test
    void field_violations_of_the_registry_become_issues_naming_the_elements_the_client_sent() {
        FieldPaths paths = FieldPaths.of("Practitioner").put("/identifiers/0/value", "Practitioner.identifier[2].value")
                .put("/email", "Practitioner.telecom[0].value");
        TeleradException refusal = TeleradException.invalid("TELERAD-REGISTRY-011", "The radiologist is not valid",
                List.of(new FieldViolation("/identifiers/0/value", "not a valid NPI"),
                        new FieldViolation("/email", "not an email address")));

        BaseServerResponseException e = FhirOutcomes.translate(refusal, paths);

        assertThat(e).isInstanceOf(UnprocessableEntityException.class);
        OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
        assertThat(outcome.getIssue()).extracting(i -> i.getExpression().get(0).getValue())
                .containsExactly("Practitioner.identifier[2].value", "Practitioner.telecom[0].value");
        assertThat(outcome.getIssue()).extracting(i -> i.getLocation().get(0).getValue())
                .containsExactly("Practitioner.identifier[2].value", "Practitioner.telecom[0].value");
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getSystem())
                .isEqualTo(FhirSystems.PROBLEM);
        assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                .isEqualTo("TELERAD-REGISTRY-011");
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    @Test
    void a_field_without_its_own_entry_is_named_by_its_nearest_parent_or_the_root() {
        FieldPaths paths = FieldPaths.of("Organization").put("/identifiers/aeTitles/0", "Organization.identifier[1]");

        assertThat(paths.expressionFor("/identifiers/aeTitles/0/value")).isEqualTo("Organization.identifier[1]");
        assertThat(paths.expressionFor("/unknown/field")).isEqualTo("Organization");
        assertThat(paths.expressionFor(null)).isEqualTo("Organization");
    }

    @Test
    void each_kind_of_refusal_answers_its_http_status() {
        assertThat(status(Kind.INVALID, null)).isEqualTo(400);
        assertThat(status(Kind.INVALID, FieldPaths.of("Organization"))).isEqualTo(422);
        assertThat(status(Kind.UNPROCESSABLE, null)).isEqualTo(422);
        assertThat(status(Kind.UNAUTHENTICATED, null)).isEqualTo(401);
        assertThat(status(Kind.FORBIDDEN, null)).isEqualTo(403);
        assertThat(status(Kind.NOT_FOUND, null)).isEqualTo(404);
        assertThat(status(Kind.CONFLICT, null)).isEqualTo(409);
        assertThat(status(Kind.PRECONDITION_FAILED, null)).isEqualTo(412);
        assertThat(status(Kind.PRECONDITION_REQUIRED, null)).isEqualTo(428);
        assertThat(status(Kind.UNAVAILABLE, null)).isEqualTo(503);
        assertThat(FhirOutcomes.translate(new TeleradException(Kind.FORBIDDEN, "X-1", "no"), null))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThat(FhirOutcomes.translate(new TeleradException(Kind.NOT_FOUND, "X-1", "no"), null))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(FhirOutcomes.translate(new TeleradException(Kind.PRECONDITION_FAILED, "X-1", "no"), null))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(FhirOutcomes.translate(new TeleradException(Kind.INVALID, "X-1", "no"), null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void a_refusal_without_fields_names_the_root_element_it_is_about() {
        BaseServerResponseException e = FhirOutcomes.translate(
                TeleradException.conflict("TELERAD-REGISTRY-032", "A license TX-1 in US-TX is already on record"),
                FieldPaths.of("Practitioner.qualification[1]"));

        OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
        assertThat(outcome.getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("Practitioner.qualification[1]");
        assertThat(e.getMessage()).contains("TELERAD-REGISTRY-032");
    }

    @Test
    void an_update_without_a_version_is_refused_with_428() {
        BaseServerResponseException e = FhirOutcomes.versionRequired("Organization");

        assertThat(e.getStatusCode()).isEqualTo(428);
        assertThat(((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("Organization.meta.versionId");
    }

    @Test
    void a_stale_version_is_refused_with_412() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Versions.require(3, 4, "Practitioner"))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(412));
    }

    @Test
    void if_match_wins_over_meta_version_id() {
        org.hl7.fhir.r4.model.Organization o = new org.hl7.fhir.r4.model.Organization();
        o.getMeta().setVersionId("2");

        assertThat(Versions.expected(new org.hl7.fhir.r4.model.IdType("Organization", "x", "5"), o, "Organization"))
                .isEqualTo(5);
        assertThat(Versions.expected(new org.hl7.fhir.r4.model.IdType("Organization", "x"), o, "Organization"))
                .isEqualTo(2);
    }

    private static int status(Kind kind, FieldPaths paths) {
        return FhirOutcomes.translate(new TeleradException(kind, "TELERAD-TEST-001", "refused"), paths)
                .getStatusCode();
    }
}
