package org.telerad.reporting.api;

import java.util.Optional;
import java.util.UUID;

/** Read access to signed report versions (implemented by the report lifecycle; joins the caller's transaction). */
public interface SignedReports {

    /** The signed version {@code version} of a report, if it exists and is signed. */
    Optional<SignedReportVersion> version(UUID reportId, int version);
}
