package org.telerad.routing.dicomweb.domain;

import java.util.List;

import org.telerad.routing.viewer.domain.ViewedStudy;

/** The reading tasks of a study (any state, any read type); empty when Telerad has none. */
public interface StudyTasks {

    List<ViewedStudy> of(String studyInstanceUid);
}
