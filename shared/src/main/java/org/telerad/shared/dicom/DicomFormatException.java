package org.telerad.shared.dicom;

import java.util.List;
import java.util.Objects;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * DICOM input Telerad refuses: a stable code {@code TELERAD-DICOM-0xx} per {@link Reason}, the tag path
 * where the problem is ({@code (0040,4021)[0]>(0008,1199)}: attribute, item index, nested attribute) and
 * what is wrong there. The message never repeats attribute values, which may be personal data.
 */
public class DicomFormatException extends TeleradException {

    /** What is wrong, each with its own stable code. */
    public enum Reason {
        NOT_JSON("TELERAD-DICOM-001", Kind.INVALID),
        NOT_A_DATA_SET("TELERAD-DICOM-002", Kind.INVALID),
        BAD_TAG_KEY("TELERAD-DICOM-003", Kind.INVALID),
        MISSING_VR("TELERAD-DICOM-004", Kind.INVALID),
        UNKNOWN_VR("TELERAD-DICOM-005", Kind.INVALID),
        WRONG_VR("TELERAD-DICOM-006", Kind.INVALID),
        WRONG_VALUE_TYPE("TELERAD-DICOM-007", Kind.INVALID),
        BAD_ATTRIBUTE("TELERAD-DICOM-008", Kind.INVALID),
        TOO_LARGE("TELERAD-DICOM-009", Kind.PAYLOAD_TOO_LARGE),
        BAD_VALUE("TELERAD-DICOM-010", Kind.INVALID),
        DUPLICATE_TAG("TELERAD-DICOM-011", Kind.INVALID),
        NOT_XML("TELERAD-DICOM-012", Kind.INVALID);

        private final String code;
        private final Kind kind;

        Reason(String code, Kind kind) {
            this.code = code;
            this.kind = kind;
        }

        public String code() {
            return code;
        }

        public Kind kind() {
            return kind;
        }
    }

    private final Reason reason;
    private final String path;

    /**
     * @param path the tag path, empty for the document itself
     * @param problem a sentence saying what is wrong, without values from the input
     */
    public DicomFormatException(Reason reason, String path, String problem) {
        super(reason.kind(), reason.code(), sentence(path, problem),
                List.of(new FieldViolation(path.isEmpty() ? "/" : path, problem)));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.path = path;
    }

    private static String sentence(String path, String problem) {
        return path.isEmpty() ? problem : "At " + path + ": " + problem;
    }

    public Reason reason() {
        return reason;
    }

    /** The tag path, e.g. {@code (0040,4021)[0]>(0008,1199)}; empty when the whole document is at fault. */
    public String path() {
        return path;
    }
}
