package org.telerad.registry.facility.application;

import java.util.List;

/** A facility's study identifiers as interfaces send and show them. */
public record StudyIdentifiersData(List<String> aeTitles, List<String> institutionNames, List<String> hl7Facilities) {
}
