package org.telerad.registry.api;

import java.util.Optional;

/**
 * Recognises which registry facility a study comes from, by the identifiers facilities declare (AE titles,
 * institution names, HL7 sending facilities). Only active facilities are recognised.
 *
 * <p>Precedence: the calling AE title, then the institution names, then the HL7 sending facility, then the
 * archive AE titles (received on / retrievable from). The first kind that matches decides; when the values of
 * that kind point to two or more facilities the study is not recognised (with the reason) and later kinds are
 * not tried. Answers from an in-memory index; safe for concurrent use.
 */
public interface FacilityDirectory {

    /** The facility, with which identifier matched; or the reason none was recognised. */
    FacilityRecognition recognition(StudyOrigin origin);

    /** The facility, when exactly one was recognised. */
    default Optional<RecognisedFacility> recognise(StudyOrigin origin) {
        return recognition(origin).recognisedFacility();
    }
}
