package org.telerad.routing.upsrs.subscription;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.upsrs.dicom.WorkitemQuery;
import org.telerad.shared.problem.TeleradException;

/**
 * The matching keys of a filtered global subscription (UID 1.2.840.10008.5.1.4.34.5.1, PS3.18 §11.10): the search
 * keys of UPS-RS (ProcedureStepState, ScheduledProcedureStepPriority, WorklistLabel, the Scheduled Human Performer's
 * code, StudyInstanceUID, AccessionNumber; keyword or tag form) plus Telerad's {@value #FACILITY} (a facility
 * code). A workitem matches when it matches every key given; a key given twice matches either value (for
 * states and priorities). Kept as a canonical query string ({@link #text()}), evaluated in memory per event.
 */
public record SubscriptionFilter(String text, TaskCriteria criteria) {

    /** Telerad's matching key for the facility a study was recognised for. */
    public static final String FACILITY = "facility";
    private static final List<String> NOT_KEYS = List.of("deletionlock", "limit", "offset", "includefield",
            "fuzzymatching");

    /** The filter of these subscribe-request parameters, or null when they name no matching key. */
    public static SubscriptionFilter of(Map<String, List<String>> parameters) {
        Map<String, List<String>> keys = new TreeMap<>();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (NOT_KEYS.contains(p.getKey().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String v : p.getValue()) {
                if (v != null && !v.isBlank()) {
                    values.add(v.strip());
                }
            }
            if (!values.isEmpty()) {
                keys.put(p.getKey(), values);
            }
        }
        if (keys.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        keys.forEach((k, vs) -> vs.forEach(v -> text.append(text.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return parse(text.toString());
    }

    /** The filter stored as {@code text}. */
    public static SubscriptionFilter parse(String text) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            keys.computeIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    k -> new ArrayList<>()).add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        List<String> facility = keys.remove(FACILITY);
        if (facility != null && facility.size() > 1) {
            throw TeleradException.invalid("TELERAD-UPS-044", FACILITY, "A filter names one facility.");
        }
        TaskCriteria criteria = WorkitemQuery.parse(firstOnly(keys)).criteria();
        // states and priorities may be given more than once (either value matches)
        java.util.Set<org.telerad.routing.task.domain.ProcedureStepState> states = new java.util.LinkedHashSet<>(
                criteria.states());
        java.util.Set<org.telerad.routing.task.domain.Priority> priorities = new java.util.LinkedHashSet<>(
                criteria.priorities());
        for (Map.Entry<String, List<String>> k : keys.entrySet()) {
            for (String v : k.getValue().subList(1, k.getValue().size())) {
                TaskCriteria more = WorkitemQuery.parse(Map.of(k.getKey(), List.of(v))).criteria();
                states.addAll(more.states());
                priorities.addAll(more.priorities());
            }
        }
        return new SubscriptionFilter(text, new TaskCriteria(states, priorities, criteria.worklistLabel(),
                criteria.performerCode(), null, criteria.studyInstanceUids(), criteria.accessionNumber(),
                facility == null ? null : facility.get(0)));
    }

    /** True when the workitem matches every key of this filter. */
    public boolean matches(ReadingTask task) {
        TaskCriteria c = criteria;
        if (!c.states().isEmpty() && !c.states().contains(task.state())) {
            return false;
        }
        if (!c.priorities().isEmpty() && !c.priorities().contains(task.priority())) {
            return false;
        }
        if (c.facilityCode() != null && !c.facilityCode().equals(task.facilityCode())) {
            return false;
        }
        ReadingTask.Snapshot s = task.snapshot();
        if (c.worklistLabel() != null && !c.worklistLabel().equals(s.worklistLabel())) {
            return false;
        }
        if (c.performerCode() != null && task.performer()
                .filter(p -> c.performerCode().equals(p.code()) || p.isUser(c.performerCode())).isEmpty()) {
            return false;
        }
        if (!c.studyInstanceUids().isEmpty() && !c.studyInstanceUids().contains(task.studyInstanceUid())) {
            return false;
        }
        return c.accessionNumber() == null
                || (s.request() != null && c.accessionNumber().equals(s.request().accessionNumber()));
    }

    private static Map<String, List<String>> firstOnly(Map<String, List<String>> keys) {
        Map<String, List<String>> first = new LinkedHashMap<>();
        keys.forEach((k, v) -> first.put(k, List.of(v.get(0))));
        return first;
    }
}
