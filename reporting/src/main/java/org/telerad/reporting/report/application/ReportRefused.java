package org.telerad.reporting.report.application;

import java.util.List;

import org.telerad.reporting.report.domain.SigningVerdict;
import org.telerad.shared.problem.TeleradException;

/**
 * A write or signature refused by a policy (TELERAD-REPORT-04x, 403). Thrown before anything changed, so the
 * transaction commits the refusal's audit entry ({@code dontRollbackOn}).
 */
public class ReportRefused extends TeleradException {

    private static final long serialVersionUID = 1L;

    private final transient List<SigningVerdict.Rejected> rejections;

    public ReportRefused(List<SigningVerdict.Rejected> rejections) {
        super(Kind.FORBIDDEN, rejections.get(0).code(), sentence(rejections));
        this.rejections = List.copyOf(rejections);
    }

    public List<SigningVerdict.Rejected> rejections() {
        return rejections;
    }

    private static String sentence(List<SigningVerdict.Rejected> rejections) {
        StringBuilder b = new StringBuilder(rejections.get(0).reason());
        for (SigningVerdict.Rejected r : rejections.subList(1, rejections.size())) {
            if (!b.toString().contains(r.reason())) {
                b.append(' ').append(r.reason());
            }
        }
        return b.toString();
    }
}
