package org.telerad.routing.upsrs.dicom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.TaskCriteria;

/**
 * A UPS-RS Search (RAD-81) request: QIDO-style matching keys, each given by keyword path or tag path
 * ({@code ProcedureStepState} or {@code 00741000}; {@code ScheduledHumanPerformersSequence.HumanPerformerCodeSequence.CodeValue}
 * or {@code 00404034.00404009.00080100}), plus {@code limit}, {@code offset}, {@code includefield} (every
 * attribute is returned anyway) and {@code fuzzymatching=false}. Single-value matching; UIDs may be a
 * comma-separated list. An unsupported key is refused by name, so a client never gets silently unfiltered results.
 */
public record WorkitemQuery(TaskCriteria criteria, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private enum Key {
        STATE("ProcedureStepState", "00741000"),
        PRIORITY("ScheduledProcedureStepPriority", "00741200"),
        WORKLIST_LABEL("WorklistLabel", "00741202"),
        PERFORMER_CODE("ScheduledHumanPerformersSequence.HumanPerformerCodeSequence.CodeValue",
                "00404034.00404009.00080100"),
        STUDY("StudyInstanceUID", "0020000D"),
        INPUT_STUDY("InputInformationSequence.StudyInstanceUID", "00404021.0020000D"),
        REQUEST_STUDY("ReferencedRequestSequence.StudyInstanceUID", "0040A370.0020000D"),
        ACCESSION("AccessionNumber", "00080050"),
        REQUEST_ACCESSION("ReferencedRequestSequence.AccessionNumber", "0040A370.00080050");

        final String keyword;
        final String tags;

        Key(String keyword, String tags) {
            this.keyword = keyword;
            this.tags = tags;
        }

        static Key of(String name) {
            for (Key k : values()) {
                if (k.keyword.equals(name) || k.tags.equalsIgnoreCase(name)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** Parses the query parameters; refuses unknown keys and bad values naming the parameter. */
    public static WorkitemQuery parse(Map<String, List<String>> parameters) {
        Set<ProcedureStepState> states = new LinkedHashSet<>();
        Set<Priority> priorities = new LinkedHashSet<>();
        List<String> studies = new ArrayList<>();
        String label = null;
        String performer = null;
        String accession = null;
        int offset = 0;
        int limit = DEFAULT_LIMIT;
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String name = p.getKey();
            String value = p.getValue().isEmpty() ? "" : p.getValue().get(0).strip();
            switch (name) {
                case "limit" -> limit = number(name, value, 1, MAX_LIMIT);
                case "offset" -> offset = number(name, value, 0, Integer.MAX_VALUE);
                case "includefield" -> {
                    // every attribute of a workitem is returned
                }
                case "fuzzymatching" -> {
                    if (!value.equalsIgnoreCase("false")) {
                        throw refuse(name, "fuzzy matching is not supported; use fuzzymatching=false or leave it out");
                    }
                }
                default -> {
                    Key key = Key.of(name);
                    if (key == null) {
                        throw refuse(name, "is not a matching key Telerad supports; use ProcedureStepState,"
                                + " ScheduledProcedureStepPriority, WorklistLabel,"
                                + " ScheduledHumanPerformersSequence.HumanPerformerCodeSequence.CodeValue,"
                                + " StudyInstanceUID or AccessionNumber (keyword or tag form)");
                    }
                    if (value.isEmpty()) {
                        continue;
                    }
                    switch (key) {
                        case STATE -> states.add(ProcedureStepState.ofDicom(value).orElseThrow(() -> refuse(name,
                                "is SCHEDULED, IN PROGRESS, COMPLETED or CANCELED")));
                        case PRIORITY -> priorities.add(Priority.parse(value).orElseThrow(() -> refuse(name,
                                "is HIGH, MEDIUM or LOW")));
                        case WORKLIST_LABEL -> label = value;
                        case PERFORMER_CODE -> performer = value;
                        case STUDY, INPUT_STUDY, REQUEST_STUDY -> {
                            for (String uid : value.split("[,\\\\]")) {
                                if (!uid.isBlank()) {
                                    studies.add(uid.strip());
                                }
                            }
                        }
                        case ACCESSION, REQUEST_ACCESSION -> accession = value;
                        default -> throw new IllegalStateException();
                    }
                }
            }
        }
        return new WorkitemQuery(new TaskCriteria(states, priorities, label, performer, null, studies, accession,
                null), offset, limit);
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw refuse(name, "must be from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw refuse(name, "must be a whole number");
        }
    }

    private static RuntimeException refuse(String parameter, String problem) {
        return UpsWorkitemTranslator.invalid("TELERAD-UPS-020", parameter,
                "The query parameter " + parameter + " " + problem + ".");
    }
}
