package org.telerad.registry.fhir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

/** Assertions on the OperationOutcome a refused call carries. */
final class Outcomes {

    private Outcomes() {
    }

    /** The status and the issues' expressions of what {@code call} throws. */
    static Refusal refusalOf(ThrowingCallable call) {
        Refusal[] found = new Refusal[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
            OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
            found[0] = new Refusal(e.getStatusCode(), outcome.getIssue().stream()
                    .flatMap(i -> i.getExpression().stream()).map(StringType::getValue).toList(),
                    outcome.getIssue());
        });
        return found[0];
    }

    record Refusal(int status, List<String> expressions, List<OperationOutcomeIssueComponent> issues) {

        List<String> codes() {
            return issues.stream().map(i -> i.getDetails().getCodingFirstRep().getCode()).toList();
        }
    }
}
