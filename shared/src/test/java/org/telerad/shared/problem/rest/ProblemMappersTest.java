package org.telerad.shared.problem.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.ProblemDetails;
import org.telerad.shared.problem.TeleradException;

class ProblemMappersTest {

    static ProblemDetails body(Response response) {
        return (ProblemDetails) response.getEntity();
    }

    @Test
    void a_telerad_refusal_answers_its_kinds_status_with_its_code_and_sentence() {
        Response response = new TeleradExceptionMapper().toResponse(
                TeleradException.preconditionFailed("TELERAD-REGISTRY-012", "The facility was changed meanwhile."));

        assertThat(response.getStatus()).isEqualTo(412);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(body(response).code()).isEqualTo("TELERAD-REGISTRY-012");
        assertThat(body(response).detail()).isEqualTo("The facility was changed meanwhile.");
        assertThat(body(response).type().toString()).isEqualTo("urn:telerad:problem:TELERAD-REGISTRY-012");
    }

    @Test
    void a_roles_allowed_refusal_answers_403() {
        Response response = new WebApplicationExceptionMapper().toResponse(new ForbiddenException());

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response).code()).isEqualTo("TELERAD-API-014");
    }

    @Test
    void an_unknown_path_answers_404_as_problem() {
        Response response = new WebApplicationExceptionMapper().toResponse(new NotFoundException());

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response).code()).isEqualTo("TELERAD-API-010");
    }

    @Test
    void a_wrong_method_answers_405_and_keeps_the_allow_header() {
        Response response = new WebApplicationExceptionMapper().toResponse(
                new NotAllowedException("GET", new String[] { "PUT" }));

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeaderString(HttpHeaders.ALLOW)).contains("GET");
    }

    @Test
    void a_refusal_wrapped_by_an_ejb_is_still_answered_as_itself() {
        Response response = new UnexpectedExceptionMapper().toResponse(
                new EJBException(TeleradException.notFound("TELERAD-REGISTRY-004", "No such radiologist.")));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(body(response).code()).isEqualTo("TELERAD-REGISTRY-004");
    }

    @Test
    void anything_else_answers_500_with_a_correlation_id_and_no_internal_message() {
        Response response = new UnexpectedExceptionMapper().toResponse(
                new IllegalStateException("row (Jane, Doe, 1970-01-01) broke", new SQLException("Key (npi)=(123)")));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response).code()).isEqualTo("TELERAD-API-099");
        assertThat(body(response).detail()).contains("correlation id").doesNotContain("Jane").doesNotContain("npi");
    }

    @Test
    void the_log_line_of_an_unexpected_failure_carries_classes_and_frames_but_no_messages() {
        String logged = UnexpectedExceptionMapper.withoutMessages(
                new IllegalStateException("Jane Doe", new SQLException("Key (npi)=(1234567893)")));

        assertThat(logged).contains("java.lang.IllegalStateException").contains("caused by java.sql.SQLException")
                .doesNotContain("Jane").doesNotContain("1234567893");
    }
}
