package org.telerad.reporting.report.domain;

import java.util.Locale;

import org.telerad.shared.problem.TeleradException;

/** How a critical finding was communicated to the care team. */
public enum CommunicationMethod {
    TELEPHONE, IN_PERSON, VIDEO_CALL, SECURE_MESSAGE, PAGER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The method for its code ({@code telephone}, {@code in-person}, ...); else TELERAD-REPORT-033. */
    public static CommunicationMethod of(String code) {
        if (code != null) {
            for (CommunicationMethod m : values()) {
                if (m.code().equalsIgnoreCase(code.strip()) || m.name().equalsIgnoreCase(code.strip())) {
                    return m;
                }
            }
        }
        throw TeleradException.invalid("TELERAD-REPORT-033", "method", "'" + code
                + "' is not a communication method; use telephone, in-person, video-call, secure-message or pager");
    }
}
