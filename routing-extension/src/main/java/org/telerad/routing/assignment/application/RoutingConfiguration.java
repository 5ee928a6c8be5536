package org.telerad.routing.assignment.application;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.telerad.registry.api.Eligibility;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContract;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.ReaderProfiles;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingCodes;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.domain.Workload;
import org.telerad.shared.problem.TeleradException;

/**
 * Builds the {@link Router} Telerad runs, once, from system properties:
 * <ul>
 * <li>{@code telerad.routing.config}: a properties file overriding {@code routing-defaults.properties}
 * (subspecialty rules, effort weights, capacity, scoring);</li>
 * <li>{@code telerad.routing.preliminary-abroad}: facilities whose contract allows a preliminary read from
 * abroad, {@code tx-dallas=AU|IN;fl-miami=*} ({@code *}: any country abroad);</li>
 * <li>{@code telerad.routing.reader-countries.<facility code>}: the countries a facility's studies may be
 * read from (residency), {@code DE,AT,FR}; absent means anywhere.</li>
 * </ul>
 * Optional ports ({@link Availability}, {@link ReaderProfiles}, {@link PreliminaryAbroadContracts}) are used
 * when a bean provides them, otherwise the defaults apply (everyone available; nothing known about readers;
 * the configured contracts).
 */
@ApplicationScoped
public class RoutingConfiguration {

    static final String CONFIG = "telerad.routing.config";
    static final String PRELIMINARY_ABROAD = "telerad.routing.preliminary-abroad";
    static final String READER_COUNTRIES = "telerad.routing.reader-countries.";
    private static final System.Logger LOG = System.getLogger(RoutingConfiguration.class.getName());

    @Inject
    Eligibility eligibility;

    @Inject
    Instance<Workload> workload;

    @Inject
    Instance<Availability> availability;

    @Inject
    Instance<ReaderProfiles> profiles;

    @Inject
    Instance<PreliminaryAbroadContracts> contracts;

    private volatile Router router;

    @PostConstruct
    void logSettings() {
        LOG.log(System.Logger.Level.INFO, "routing: {0} subspecialty rules, default capacity {1}, preliminary"
                + " reads abroad allowed for {2}", settings().rules().size(), settings().defaultCapacity(),
                configuredContracts(System.getProperty(PRELIMINARY_ABROAD)).keySet());
    }

    @Produces
    @Dependent
    Router router() {
        Router r = router;
        if (r == null) {
            synchronized (this) {
                r = router;
                if (r == null) {
                    Map<String, PreliminaryAbroadContract> configured = configuredContracts(
                            System.getProperty(PRELIMINARY_ABROAD));
                    r = new Router(eligibility, workload.get(),
                            availability.isResolvable() ? availability.get() : Availability.everyone(),
                            profiles.isResolvable() ? profiles.get() : ReaderProfiles.unknown(),
                            contracts.isResolvable() ? contracts.get()
                                    : code -> Optional.ofNullable(configured.get(code)),
                            settings());
                    router = r;
                }
            }
        }
        return r;
    }

    /** The countries a facility's studies may be read from, empty for anywhere. */
    public Set<String> readerCountriesOf(String facilityCode) {
        if (facilityCode == null) {
            return Set.of();
        }
        return countries(System.getProperty(READER_COUNTRIES + facilityCode, ""), ",");
    }

    static RoutingSettings settings() {
        String file = System.getProperty(CONFIG);
        if (file == null || file.isBlank()) {
            return RoutingSettings.defaults();
        }
        Properties overrides = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(file.strip()), StandardCharsets.UTF_8)) {
            overrides.load(r);
        } catch (IOException e) {
            throw new TeleradException(TeleradException.Kind.UNAVAILABLE, RoutingCodes.CONFIGURATION,
                    "The routing configuration " + file + " cannot be read: " + e.getMessage());
        }
        return RoutingSettings.defaultsOverriddenBy(overrides);
    }

    /** Parses {@code tx-dallas=AU|IN;fl-miami=*}. */
    static Map<String, PreliminaryAbroadContract> configuredContracts(String value) {
        Map<String, PreliminaryAbroadContract> out = new HashMap<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            String facility = parts[0].strip();
            String countries = parts.length < 2 ? "*" : parts[1].strip();
            out.put(facility, new PreliminaryAbroadContract(facility,
                    countries.equals("*") ? Set.of() : countries(countries, "\\|")));
        }
        return out;
    }

    private static Set<String> countries(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
