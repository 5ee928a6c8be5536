package org.telerad.routing.viewer.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.telerad.shared.problem.TeleradException;

/**
 * A viewer URL with the placeholder {@value #STUDY}, e.g. {@code /ohif/viewer?StudyInstanceUIDs={studyInstanceUid}}
 * (a path on Telerad's own origin) or {@code https://pacs.example.org/dcm4chee-arc/ui2/...}. It is the only
 * placeholder: a link names the study and nothing else (no patient, no token). Query parameters that would carry
 * credentials ({@code token}, {@code access_token}, {@code id_token}, {@code jwt}, ...) are refused.
 */
public record ViewerUrlTemplate(String value) {

    public static final String STUDY = "{studyInstanceUid}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "[?&;#](access_token|id_token|refresh_token|token|jwt|bearer|password|secret|api_?key)=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

    public ViewerUrlTemplate {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty() || value.length() > 2000) {
            throw invalid("A viewer URL template has 1 to 2000 characters.");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        boolean ownOrigin = value.startsWith("/") && !value.startsWith("//");
        if (!ownOrigin && !lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw invalid("A viewer URL template is an http(s) URL or a path starting with '/'.");
        }
        if (value.chars().anyMatch(c -> c <= ' ')) {
            throw invalid("A viewer URL template contains no spaces or control characters.");
        }
        Matcher placeholders = PLACEHOLDER.matcher(value);
        boolean study = false;
        while (placeholders.find()) {
            if (!STUDY.equals(placeholders.group())) {
                throw invalid("A viewer URL template knows only the placeholder " + STUDY + ", not "
                        + placeholders.group() + ".");
            }
            study = true;
        }
        if (!study) {
            throw invalid("A viewer URL template names the study with " + STUDY + ".");
        }
        if (CREDENTIAL_PARAMETER.matcher(value).find()) {
            throw invalid("A viewer URL never carries credentials: the viewer authenticates on its own.");
        }
    }

    public static ViewerUrlTemplate of(String value) {
        return new ViewerUrlTemplate(value);
    }

    /** The URL of this study (a DICOM UID: digits and dots only, so nothing needs escaping). */
    public String forStudy(String studyInstanceUid) {
        if (studyInstanceUid == null || studyInstanceUid.length() > 64 || !UID.matcher(studyInstanceUid).matches()) {
            throw TeleradException.invalid("TELERAD-VIEWER-004", "studyInstanceUid",
                    "A Study Instance UID is digits and dots, at most 64 characters.");
        }
        return value.replace(STUDY, studyInstanceUid);
    }

    private static TeleradException invalid(String message) {
        return TeleradException.invalid("TELERAD-VIEWER-003", "viewerUrlTemplate", message);
    }
}
