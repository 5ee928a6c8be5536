package org.telerad.reporting.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.ReadType;

class SigningPoliciesTest {

    private static final SigningPolicies POLICIES = SigningPolicies.standard();

    private static SigningAttempt attempt(SignatureKind kind, ReadType taskReadType, String state, String claimedBy,
            SignerStanding standing) {
        return new SigningAttempt("rad-tx", kind, taskReadType, state, claimedBy, standing);
    }

    @Test
    void the_claiming_performer_licensed_and_privileged_now_may_sign() {
        assertThat(POLICIES.rejections(attempt(SignatureKind.FINAL, ReadType.FINAL, "IN_PROGRESS", "rad-tx",
                SignerStanding.eligibleNow()))).isEmpty();
    }

    @Test
    void someone_else_than_the_claiming_performer_may_not_sign() {
        assertThat(POLICIES.rejections(attempt(SignatureKind.FINAL, ReadType.FINAL, "IN_PROGRESS", "rad-ca",
                SignerStanding.eligibleNow()))).extracting(SigningVerdict.Rejected::code)
                .containsExactly("TELERAD-REPORT-040");
        assertThat(POLICIES.rejections(attempt(SignatureKind.FINAL, ReadType.FINAL, "SCHEDULED", null,
                SignerStanding.eligibleNow()))).extracting(SigningVerdict.Rejected::code)
                .containsExactly("TELERAD-REPORT-040");
    }

    @Test
    void an_addendum_may_follow_on_the_completed_task_of_its_performer() {
        assertThat(POLICIES.rejections(attempt(SignatureKind.AMENDMENT, ReadType.FINAL, "COMPLETED", "rad-tx",
                SignerStanding.eligibleNow()))).isEmpty();
        assertThat(POLICIES.rejections(attempt(SignatureKind.FINAL, ReadType.FINAL, "COMPLETED", "rad-tx",
                SignerStanding.eligibleNow()))).extracting(SigningVerdict.Rejected::code)
                .containsExactly("TELERAD-REPORT-040");
    }

    @Test
    void a_preliminary_task_never_signs_a_final_or_an_amendment() {
        assertThat(POLICIES.rejections(attempt(SignatureKind.FINAL, ReadType.PRELIMINARY, "IN_PROGRESS", "rad-tx",
                SignerStanding.eligibleNow()))).extracting(SigningVerdict.Rejected::rule)
                .containsExactly("PreliminaryTaskSignsNoFinal");
        assertThat(POLICIES.rejections(attempt(SignatureKind.PRELIMINARY, ReadType.PRELIMINARY, "IN_PROGRESS",
                "rad-tx", SignerStanding.eligibleNow()))).isEmpty();
    }

    @Test
    void an_expired_license_at_signing_is_refused_with_the_registry_reason() {
        SignerStanding expired = SignerStanding.excluded(List.of(new EligibilityRejection(
                "LicensedInPatientJurisdiction", "TELERAD-ELIG-021", "The license covering US-TX (Texas) has expired.")));

        List<SigningVerdict.Rejected> rejected = POLICIES.rejections(attempt(SignatureKind.FINAL, ReadType.FINAL,
                "IN_PROGRESS", "rad-tx", expired));

        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("TELERAD-REPORT-042");
            assertThat(r.rule()).isEqualTo("LicensedInPatientJurisdictionAtSigning");
            assertThat(r.reason()).contains("has expired");
        });
    }

    @Test
    void a_revoked_privilege_at_signing_is_refused() {
        SignerStanding revoked = SignerStanding.excluded(List.of(new EligibilityRejection("PrivilegedAtFacility",
                "TELERAD-ELIG-034", "The privilege at tx-dallas was revoked.")));

        assertThat(POLICIES.rejections(attempt(SignatureKind.PRELIMINARY, ReadType.FINAL, "IN_PROGRESS", "rad-tx",
                revoked))).extracting(SigningVerdict.Rejected::code).containsExactly("TELERAD-REPORT-043");
    }

    @Test
    void a_preliminary_only_reader_never_signs_a_final() {
        SignerStanding preliminaryOnly = SignerStanding.excluded(List.of(new EligibilityRejection(
                "PrivilegeCoversReadType", "TELERAD-ELIG-050", "The privilege allows preliminary reads only.")));

        assertThat(POLICIES.rejections(attempt(SignatureKind.FINAL, ReadType.FINAL, "IN_PROGRESS", "rad-tx",
                preliminaryOnly))).extracting(SigningVerdict.Rejected::code).containsExactly("TELERAD-REPORT-044");
    }

    @Test
    void a_signer_without_a_registry_record_is_refused() {
        assertThat(POLICIES.rejections(attempt(SignatureKind.FINAL, ReadType.FINAL, "IN_PROGRESS", "rad-tx",
                SignerStanding.unknown()))).extracting(SigningVerdict.Rejected::code)
                .containsExactly("TELERAD-REPORT-045");
    }
}
