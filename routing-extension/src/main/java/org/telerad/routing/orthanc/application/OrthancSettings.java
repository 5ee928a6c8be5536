package org.telerad.routing.orthanc.application;

import java.net.URI;
import java.time.Duration;

import org.telerad.routing.orthanc.domain.StatRule;

/**
 * The connector's configuration, from system properties: {@code telerad.orthanc.url} (Orthanc's REST base, e.g.
 * http://127.0.0.1:8042; unset disables the connector), {@code telerad.orthanc.archive} (the configured archive it
 * feeds, default {@code local-orthanc}), {@code telerad.orthanc.poll-interval-ms} (default 1000: a STAT study
 * must be assigned within 2 s of its first instance, see docs/benchmarks.md),
 * {@code telerad.orthanc.batch} (changes per page, default 100) and {@code telerad.orthanc.stat-pattern} (the
 * Study Description pattern of the STAT rule).
 */
public record OrthancSettings(URI baseUrl, String archiveName, Duration pollInterval, int batchSize, StatRule statRule) {

    public static final String URL_PROPERTY = "telerad.orthanc.url";

    public OrthancSettings {
        archiveName = archiveName == null || archiveName.isBlank() ? "local-orthanc" : archiveName.strip();
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize <= 0 ? 100 : Math.min(batchSize, 1000);
        statRule = statRule == null ? StatRule.defaults() : statRule;
    }

    public static OrthancSettings fromSystemProperties() {
        String url = System.getProperty(URL_PROPERTY, "").strip();
        String pattern = System.getProperty("telerad.orthanc.stat-pattern", "").strip();
        return new OrthancSettings(url.isEmpty() ? null : URI.create(url.endsWith("/") ? url.substring(0,
                url.length() - 1) : url), System.getProperty("telerad.orthanc.archive"),
                Duration.ofMillis(Long.getLong("telerad.orthanc.poll-interval-ms", 1000L)),
                Integer.getInteger("telerad.orthanc.batch", 100),
                pattern.isEmpty() ? StatRule.defaults() : StatRule.matching(pattern));
    }

    public boolean enabled() {
        return baseUrl != null;
    }
}
