package org.telerad.routing.assignment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.Subspecialty;
import org.telerad.shared.problem.TeleradException;

/**
 * Routing's configuration: the subspecialty rules, the effort weights per modality, the capacity (maximum
 * open effort) per reader, and the scoring weights. The shipped defaults are
 * {@code routing-defaults.properties} next to this class; an operator file
 * ({@code -Dtelerad.routing.config=/path/routing.properties}) overrides key by key, and replaces the whole
 * rule set when it defines any {@code rule.*} key. Immutable.
 *
 * <pre>
 * effort.CT=1.0                 effort.default=1.0
 * capacity.default=12           capacity.rad-tx=20        (by username)
 * scoring.continuity-bonus=3    scoring.load-multiplier.STAT=4   scoring.continuity-factor.STAT=0
 * rule.neuro-mr-head.needs=neuro
 * rule.neuro-mr-head.modalities=MR
 * rule.neuro-mr-head.body-parts=HEAD,BRAIN
 * rule.neuro-mr-head.keywords=brain,head
 * rule.pediatric.younger-than-years=18
 * </pre>
 */
public record RoutingSettings(List<SubspecialtyRule> rules, EffortWeights effort, double defaultCapacity,
        Map<String, Double> capacityByUsername, ScoringWeights scoring) {

    static final String DEFAULTS = "routing-defaults.properties";

    public RoutingSettings {
        rules = List.copyOf(rules);
        if (defaultCapacity <= 0) {
            throw new IllegalArgumentException("the default capacity must be positive");
        }
        capacityByUsername = Map.copyOf(capacityByUsername);
    }

    /** The shipped defaults. */
    public static RoutingSettings defaults() {
        return fromProperties(defaultProperties());
    }

    /** The shipped defaults overridden by {@code overrides}, key by key (rules: all or nothing). */
    public static RoutingSettings defaultsOverriddenBy(Properties overrides) {
        Properties merged = defaultProperties();
        if (overrides.stringPropertyNames().stream().anyMatch(k -> k.startsWith("rule."))) {
            merged.stringPropertyNames().stream().filter(k -> k.startsWith("rule.")).toList().forEach(merged::remove);
        }
        for (String key : overrides.stringPropertyNames()) {
            merged.setProperty(key, overrides.getProperty(key));
        }
        return fromProperties(merged);
    }

    /** The capacity of a reader, by username (their own if configured, else the default). */
    public double capacityOf(String username) {
        Double own = username == null ? null : capacityByUsername.get(username);
        return own == null ? defaultCapacity : own;
    }

    /** The same settings with other rules. */
    public RoutingSettings withRules(List<SubspecialtyRule> other) {
        return new RoutingSettings(other, effort, defaultCapacity, capacityByUsername, scoring);
    }

    /** The same settings with another default capacity. */
    public RoutingSettings withDefaultCapacity(double capacity) {
        return new RoutingSettings(rules, effort, capacity, capacityByUsername, scoring);
    }

    static Properties defaultProperties() {
        Properties p = new Properties();
        try (InputStream in = RoutingSettings.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
        return p;
    }

    /** Parses settings; every malformed key is reported at once. */
    public static RoutingSettings fromProperties(Properties p) {
        List<String> problems = new ArrayList<>();
        Map<Modality, Double> weights = new HashMap<>();
        double otherwise = 1.0;
        double defaultCapacity = 12.0;
        Map<String, Double> capacities = new HashMap<>();
        double continuityBonus = 3.0;
        Map<ReadingPriority, Double> load = new EnumMap<>(ReadingPriority.class);
        Map<ReadingPriority, Double> continuity = new EnumMap<>(ReadingPriority.class);
        Map<String, Map<String, String>> ruleKeys = new HashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            String value = p.getProperty(key).strip();
            try {
                if (key.equals("effort.default")) {
                    otherwise = Double.parseDouble(value);
                } else if (key.startsWith("effort.")) {
                    weights.put(Modality.of(key.substring(7)), Double.parseDouble(value));
                } else if (key.equals("capacity.default")) {
                    defaultCapacity = Double.parseDouble(value);
                } else if (key.startsWith("capacity.")) {
                    capacities.put(key.substring(9), Double.parseDouble(value));
                } else if (key.equals("scoring.continuity-bonus")) {
                    continuityBonus = Double.parseDouble(value);
                } else if (key.startsWith("scoring.load-multiplier.")) {
                    load.put(priority(key.substring(24)), Double.parseDouble(value));
                } else if (key.startsWith("scoring.continuity-factor.")) {
                    continuity.put(priority(key.substring(26)), Double.parseDouble(value));
                } else if (key.startsWith("rule.") && key.indexOf('.', 5) > 5) {
                    int dot = key.indexOf('.', 5);
                    ruleKeys.computeIfAbsent(key.substring(5, dot), n -> new HashMap<>()).put(key.substring(dot + 1), value);
                } else {
                    problems.add("unknown key '" + key + "'");
                }
            } catch (RuntimeException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        List<SubspecialtyRule> rules = new ArrayList<>();
        for (String name : new TreeSet<>(ruleKeys.keySet())) {
            try {
                rules.add(rule(name, ruleKeys.get(name)));
            } catch (RuntimeException e) {
                problems.add("rule." + name + ": " + e.getMessage());
            }
        }
        RoutingSettings settings = null;
        if (problems.isEmpty()) {
            try {
                settings = new RoutingSettings(rules, new EffortWeights(weights, otherwise), defaultCapacity, capacities,
                        new ScoringWeights(continuityBonus, load, continuity));
            } catch (RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw TeleradException.invalid(RoutingCodes.CONFIGURATION, "routingSettings",
                    "The routing configuration is not valid: " + String.join("; ", problems));
        }
        return settings;
    }

    private static ReadingPriority priority(String name) {
        return ReadingPriority.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    private static SubspecialtyRule rule(String name, Map<String, String> keys) {
        Set<String> known = Set.of("needs", "modalities", "body-parts", "keywords", "younger-than-years");
        for (String k : keys.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown rule key '" + k + "' (use " + String.join(", ", known) + ")");
            }
        }
        if (!keys.containsKey("needs")) {
            throw new IllegalArgumentException("'needs' (the subspecialty) is required");
        }
        Set<Modality> modalities = list(keys.get("modalities")).stream().map(Modality::of)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String younger = keys.get("younger-than-years");
        return new SubspecialtyRule(name, Subspecialty.of(keys.get("needs")), modalities, list(keys.get("body-parts")),
                list(keys.get("keywords")), younger == null ? null : Integer.valueOf(younger.strip()));
    }

    private static Set<String> list(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
