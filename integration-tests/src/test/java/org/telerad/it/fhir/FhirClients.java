package org.telerad.it.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.telerad.it.support.Stack;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;

/** HAPI generic clients for {@code Stack.baseUrl()/fhir} as a demo user, and small helpers for the FHIR ITs. */
final class FhirClients {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    static {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        FHIR.getRestfulClientFactory().setSocketTimeout(60_000);
    }

    private FhirClients() {
    }

    static String fhirBase() {
        return Stack.baseUrl() + "/fhir";
    }

    /** A client that sends the demo user's bearer token. */
    static IGenericClient as(String username) {
        IGenericClient client = FHIR.newRestfulGenericClient(fhirBase());
        client.registerInterceptor(new BearerTokenAuthInterceptor(Stack.token(username)));
        return client;
    }

    /** Every resource of a search, following {@code next} links. */
    static <T extends IBaseResource> List<T> all(IGenericClient client, Bundle first, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Bundle page = first; page != null;) {
            page.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                    .map(type::cast).forEach(found::add);
            page = page.getLink(Bundle.LINK_NEXT) == null ? null : client.loadPage().next(page).execute();
        }
        return found;
    }

    /** A fresh, valid NPI: nine random digits and the Luhn check digit over the prefix 80840. */
    static String randomNpi() {
        String nine = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String digits = "80840" + nine;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return nine + (10 - sum % 10) % 10;
    }

    /** A short suffix that keeps codes, numbers and usernames of one test run apart from every other. */
    static String unique() {
        return Long.toString(System.currentTimeMillis(), 36) + Integer.toString(
                ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
    }
}
