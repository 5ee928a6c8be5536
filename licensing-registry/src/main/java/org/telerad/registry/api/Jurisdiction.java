package org.telerad.registry.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.telerad.shared.problem.TeleradException;

/**
 * Where medicine is practised: an ISO 3166-1 alpha-2 country ({@code DE}) or an ISO 3166-2 subdivision
 * ({@code US-TX}, {@code DE-BY}, {@code GB-ENG}), validated against the reference data generated from
 * Debian's iso-codes ({@code tools/generate-jurisdictions.py}). A license is valid in a jurisdiction; a
 * patient is scanned in one. Immutable and cheap to compare.
 */
public record Jurisdiction(String code) {

    private static final Map<String, Entry> KNOWN = load();

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        if (!KNOWN.containsKey(code)) {
            throw TeleradException.invalid("TELERAD-REGISTRY-001", "jurisdiction",
                    "'" + code + "' is not an ISO 3166-1 country or ISO 3166-2 subdivision code");
        }
    }

    /** Parses a code, accepting lower case and surrounding blanks. */
    public static Jurisdiction of(String code) {
        if (code == null || code.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-001", "jurisdiction", "a jurisdiction code is required");
        }
        return new Jurisdiction(code.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.containsKey(code.trim().toUpperCase(Locale.ROOT));
    }

    /** A USPS state or territory abbreviation ({@code TX}) as its ISO 3166-2 code ({@code US-TX}). */
    public static Jurisdiction ofUsState(String uspsCode) {
        if (uspsCode == null || uspsCode.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-001", "jurisdiction", "a USPS state code is required");
        }
        String iso = "US-" + uspsCode.trim().toUpperCase(Locale.ROOT);
        if (!KNOWN.containsKey(iso)) {
            throw TeleradException.invalid("TELERAD-REGISTRY-001", "jurisdiction",
                    "'" + uspsCode + "' is not a USPS state or territory code");
        }
        return new Jurisdiction(iso);
    }

    public boolean isCountry() {
        return code.indexOf('-') < 0;
    }

    /** The ISO 3166-1 country: itself for a country, {@code US} for {@code US-TX}. */
    public Jurisdiction country() {
        int dash = code.indexOf('-');
        return dash < 0 ? this : new Jurisdiction(code.substring(0, dash));
    }

    /** The subdivision part for a US state ({@code TX} of {@code US-TX}), if this is one. */
    public Optional<String> usState() {
        return code.startsWith("US-") ? Optional.of(code.substring(3)) : Optional.empty();
    }

    /** True when a license valid in this jurisdiction covers practice in {@code where}: same code, or this is
     * the country and {@code where} is one of its subdivisions (a national license, as in most of Europe). */
    public boolean covers(Jurisdiction where) {
        return code.equals(where.code) || (isCountry() && where.country().code.equals(code));
    }

    public String name() {
        return KNOWN.get(code).name();
    }

    public String category() {
        return KNOWN.get(code).category();
    }

    @Override
    public String toString() {
        return code;
    }

    private record Entry(String name, String category) {
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> map = new HashMap<>(8192);
        try (InputStream in = Jurisdiction.class.getResourceAsStream("iso-3166.tsv")) {
            if (in == null) {
                throw new IllegalStateException("iso-3166.tsv reference data missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                map.put(parts[0], new Entry(parts[1], parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
