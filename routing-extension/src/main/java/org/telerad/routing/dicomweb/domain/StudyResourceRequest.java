package org.telerad.routing.dicomweb.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.telerad.shared.problem.TeleradException;

/**
 * A DICOMweb read the gateway accepts: a resource of one study ({@code /studies/{uid}/...}) or a study search
 * naming exactly one StudyInstanceUID ({@code /studies?StudyInstanceUID=...}). Anything else — a search without a
 * study (a patient list), series or instance searches across studies, odd path segments — is refused.
 * {@code path} and {@code query} are forwarded to the archive as they came (query may be null).
 */
public record StudyResourceRequest(String studyInstanceUid, String path, String query) {

    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.,_-]*");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%&=,*+\\-^/:]*");

    public StudyResourceRequest {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses the request path below the gateway (e.g. {@code /studies/1.2.3/series}) and its raw query string.
     *
     * @throws TeleradException (invalid) naming why the request is refused
     */
    public static StudyResourceRequest parse(String path, String rawQuery) {
        if (path == null || !path.startsWith("/studies")) {
            throw refused("TELERAD-DICOMWEB-002", "The gateway serves one study's resources only:"
                    + " /studies/{StudyInstanceUID}/... or /studies?StudyInstanceUID={uid}.");
        }
        String query = rawQuery == null || rawQuery.isEmpty() ? null : rawQuery;
        if (query != null && !QUERY.matcher(query).matches()) {
            throw refused("TELERAD-DICOMWEB-003", "The query string holds characters a DICOMweb read does not use.");
        }
        String[] segments = path.substring(1).split("/", -1);
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw refused("TELERAD-DICOMWEB-002", "The gateway serves one study's resources only:"
                        + " /studies/{StudyInstanceUID}/... or /studies?StudyInstanceUID={uid}.");
            }
        }
        if (!segments[0].equals("studies")) {
            throw refused("TELERAD-DICOMWEB-002", "The gateway serves one study's resources only:"
                    + " /studies/{StudyInstanceUID}/... or /studies?StudyInstanceUID={uid}.");
        }
        if (segments.length == 1) {
            return new StudyResourceRequest(searchedStudy(query), path, query);
        }
        String uid = segments[1];
        if (!isUid(uid)) {
            throw refused("TELERAD-DICOMWEB-004", "The Study Instance UID in the path is not a DICOM UID.");
        }
        return new StudyResourceRequest(uid, path, query);
    }

    /** The one study a study search names; a search naming none, several or a pattern is refused. */
    private static String searchedStudy(String query) {
        List<String> uids = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals("StudyInstanceUID") || key.equalsIgnoreCase("0020000D")) {
                    uids.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        if (uids.size() != 1 || !isUid(uids.get(0))) {
            throw refused("TELERAD-DICOMWEB-001", "A study search must name exactly one StudyInstanceUID (no list,"
                    + " no wildcard): the gateway answers no patient lists.");
        }
        return uids.get(0);
    }

    static boolean isUid(String s) {
        return s != null && s.length() <= 64 && UID.matcher(s).matches();
    }

    /** The path and query to append to the archive's DICOMweb base URL. */
    public String pathAndQuery() {
        return query == null ? path : path + "?" + query;
    }

    private static TeleradException refused(String code, String message) {
        return new TeleradException(TeleradException.Kind.INVALID, code, message);
    }
}
