package org.telerad.routing.upsrs.rest;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.telerad.shared.problem.rest.JsonInputExceptionMapper;
import org.telerad.shared.problem.rest.TeleradExceptionMapper;
import org.telerad.shared.problem.rest.UnexpectedExceptionMapper;
import org.telerad.shared.problem.rest.WebApplicationExceptionMapper;
import org.telerad.shared.rest.JacksonConfiguration;
import org.telerad.shared.rest.NoStoreResponseFilter;

/**
 * UPS-RS under {@code /telerad/rs} ({@code web.xml} constrains {@code /rs/*} to authenticated callers). Lists
 * its classes explicitly: RESTEasy then adds none of the WAR's scanned resources or providers to it, so the
 * shared providers (Jackson configuration, problem+json mappers, {@code Cache-Control: no-store}) are listed
 * here too, and {@link ServedOnlyByGuard} is not, which is what lets this application serve what the guard hides
 * from {@code /api}.
 */
@ApplicationPath("/rs")
public class UpsRsApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(WorkitemResource.class, UpsWarningFilter.class, JacksonConfiguration.class,
                NoStoreResponseFilter.class, TeleradExceptionMapper.class, JsonInputExceptionMapper.class,
                WebApplicationExceptionMapper.class, UnexpectedExceptionMapper.class);
    }
}
