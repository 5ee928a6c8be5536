package org.telerad.routing.assignment.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.telerad.routing.assignment.domain.Assignee;
import org.telerad.routing.assignment.domain.ChainedFinalRequired;
import org.telerad.routing.assignment.domain.DerivedNeed;
import org.telerad.routing.assignment.domain.ExcludedReader;
import org.telerad.routing.assignment.domain.Exclusion;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingOutcome;
import org.telerad.routing.assignment.domain.ScoredCandidate;

/**
 * The explanation of a decision as the JSON document stored in {@code routing_decision.explanation} and
 * answered by {@code GET /api/tasks/{id}/routing}. Exclusions are grouped by identical reasons ("these 412
 * radiologists hold no license covering US-TX"): a reason is written once per group, and each excluded
 * radiologist costs about 80 bytes (id and name), so a registry of a thousand radiologists gives a document under
 * 100 kB while every radiologist is still named with every rule that excluded them. Sentences appear once, in
 * {@code sentences}: the summary, the needs, the notes, one per candidate and one per group of exclusions.
 */
public final class ExplanationDocument {

    private static final int NAMED_IN_SENTENCE = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper(); // maps of text, numbers and booleans only

    private ExplanationDocument() {
    }

    public static String json(RoutingDecision d) {
        try {
            return MAPPER.writeValueAsString(of(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a routing explanation could not be written as JSON", e);
        }
    }

    static Map<String, Object> of(RoutingDecision d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("taskId", d.taskId());
        doc.put("decidedAt", d.decidedAt().toString());
        doc.put("outcome", d.outcome().code());
        doc.put("summary", d.summary());
        Map<String, Object> facility = new LinkedHashMap<>();
        facility.put("code", d.facilityCode());
        facility.put("jurisdiction", d.patientJurisdiction() == null ? null : d.patientJurisdiction().code());
        doc.put("facility", facility);
        doc.put("registryRevision", d.registryRevision());
        doc.put("priority", d.priority().name());
        doc.put("requestedReadType", d.requestedReadType().code());
        d.assignee().ifPresent(a -> doc.put("assignee", assignee(a, d)));
        if (d.outcome() instanceof RoutingOutcome.Unroutable u) {
            doc.put("unroutable", Map.of("reason", u.reason().code(), "explanation", u.explanation()));
        }
        d.chainedFinal().ifPresent(c -> doc.put("chainedFinal", chained(c)));
        List<Map<String, Object>> needs = new ArrayList<>();
        for (DerivedNeed n : d.needs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subspecialty", n.subspecialty().code());
            m.put("rule", n.rule());
            m.put("because", n.because());
            needs.add(m);
        }
        doc.put("needs", needs);
        doc.put("effort", d.effort());
        List<Map<String, Object>> candidates = new ArrayList<>();
        boolean first = d.isAssigned();
        for (ScoredCandidate c : d.candidates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("radiologistId", c.radiologistId().toString());
            m.put("name", c.name());
            m.put("username", c.username());
            m.put("winner", first);
            m.put("openEffort", c.openEffort());
            m.put("patientOpenTasks", c.patientTasks());
            m.put("abroad", c.abroad());
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("workload", c.score().workload());
            score.put("urgency", c.score().urgency());
            score.put("continuity", c.score().continuity());
            score.put("total", c.score().total());
            m.put("score", score);
            candidates.add(m);
            first = false;
        }
        doc.put("candidates", candidates);
        doc.put("excludedCount", d.excluded().size());
        doc.put("notes", d.notes());
        List<String> sentences = new ArrayList<>();
        sentences.add(d.summary());
        d.needs().forEach(n -> sentences.add("The study " + n.sentence() + "."));
        sentences.addAll(d.notes());
        d.candidates().forEach(c -> sentences.add(c.sentence() + "."));
        List<Map<String, Object>> groups = groups(d.excluded());
        for (Map<String, Object> g : groups) {
            sentences.add((String) g.remove("sentence"));
        }
        doc.put("excluded", groups);
        doc.put("sentences", sentences);
        return doc;
    }

    /** "Dr A was", "Dr A, Dr B were", "Dr A, ... Dr J and 412 others were" (every name is in the group's list). */
    private static String who(List<String> names) {
        if (names.size() == 1) {
            return names.get(0) + " was";
        }
        if (names.size() <= NAMED_IN_SENTENCE) {
            return String.join(", ", names) + " were";
        }
        return String.join(", ", names.subList(0, NAMED_IN_SENTENCE)) + " and " + (names.size() - NAMED_IN_SENTENCE)
                + " others were";
    }

    private static Map<String, Object> assignee(Assignee a, RoutingDecision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("radiologistId", a.radiologistId().toString());
        m.put("username", a.username());
        m.put("name", a.name());
        m.put("npi", a.npi());
        m.put("readType", d.assignedReadType().map(t -> t.code()).orElse(null));
        m.put("readTypeCode", d.assignedReadType().map(t -> "DCM " + t.dicomCode()).orElse(null));
        return m;
    }

    private static Map<String, Object> chained(ChainedFinalRequired c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("readType", c.readType().code());
        m.put("readTypeCode", "DCM " + c.readType().dicomCode());
        m.put("licensedIn", c.licensedIn().code());
        m.put("reason", c.reason());
        return m;
    }

    static List<Map<String, Object>> groups(List<ExcludedReader> excluded) {
        Map<List<Exclusion>, List<ExcludedReader>> byReasons = new LinkedHashMap<>();
        for (ExcludedReader x : excluded) {
            byReasons.computeIfAbsent(x.exclusions(), k -> new ArrayList<>()).add(x);
        }
        List<Map<String, Object>> groups = new ArrayList<>(byReasons.size());
        for (Map.Entry<List<Exclusion>, List<ExcludedReader>> e : byReasons.entrySet()) {
            List<Map<String, Object>> because = new ArrayList<>();
            StringBuilder reasons = new StringBuilder();
            for (Exclusion x : e.getKey()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", x.rule());
                m.put("code", x.code());
                m.put("reason", x.reason());
                m.put("source", x.source());
                because.add(m);
                reasons.append(reasons.length() == 0 ? "" : "; ").append(x.reason()).append(" [").append(x.rule())
                        .append("]");
            }
            List<Map<String, Object>> who = new ArrayList<>(e.getValue().size());
            List<String> names = new ArrayList<>(e.getValue().size());
            for (ExcludedReader r : e.getValue()) {
                who.add(Map.of("radiologistId", r.radiologistId().toString(), "name", r.name()));
                names.add(r.name());
            }
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("because", because);
            g.put("radiologists", who);
            g.put("sentence", who(names) + " excluded: " + reasons + ".");
            groups.add(g);
        }
        return groups;
    }
}
