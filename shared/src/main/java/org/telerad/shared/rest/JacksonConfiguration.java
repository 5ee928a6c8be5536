package org.telerad.shared.rest;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The {@link ObjectMapper} RESTEasy's Jackson provider uses for every Telerad body (the WAR sets
 * {@code resteasy.preferJacksonOverJsonB}): {@code java.time} as ISO-8601 text, unknown properties
 * rejected (so typos fail loudly instead of being ignored), trailing tokens rejected,
 * {@code null} members left out of answers. Records need nothing more with Jackson 2.12+.
 * Thread-safe: one configured mapper, shared.
 */
@Provider
public class JacksonConfiguration implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = newObjectMapper();

    /** A new mapper with Telerad's settings (for tests and non-REST code that writes the same JSON). */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
