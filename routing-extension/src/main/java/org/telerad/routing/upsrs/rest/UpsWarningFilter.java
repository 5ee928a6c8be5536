package org.telerad.routing.upsrs.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

import org.telerad.shared.problem.ProblemDetails;

/**
 * PS3.18 asks UPS-RS to explain failures in a {@code Warning} header ({@code 299 <service>: <text>}); archives
 * such as dcm4chee-arc-light show that header in their export task. Adds it to every error answered as
 * problem+json that has none yet. The problem detail carries no patient data, so neither does the header.
 */
public class UpsWarningFilter implements ContainerResponseFilter {

    static final String WARNING = "Warning";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && response.getEntity() instanceof ProblemDetails problem
                && !response.getHeaders().containsKey(WARNING) && problem.detail() != null) {
            response.getHeaders().add(WARNING, warning(problem.detail()));
        }
    }

    /** {@code 299 telerad: <text>}, the text reduced to printable ASCII on one line. */
    static String warning(String text) {
        StringBuilder out = new StringBuilder("299 telerad: ");
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? c : ' ');
        }
        return out.toString().strip();
    }
}
