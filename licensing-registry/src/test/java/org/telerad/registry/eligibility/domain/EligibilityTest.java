package org.telerad.registry.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerad.registry.eligibility.domain.Facilities.DALLAS;
import static org.telerad.registry.eligibility.domain.Facilities.HOUSTON;
import static org.telerad.registry.eligibility.domain.Facilities.MUNICH;
import static org.telerad.registry.eligibility.domain.Facilities.SACRAMENTO;
import static org.telerad.registry.eligibility.domain.Places.DE;
import static org.telerad.registry.eligibility.domain.Places.DE_BY;
import static org.telerad.registry.eligibility.domain.Places.FR;
import static org.telerad.registry.eligibility.domain.Places.US_CA;
import static org.telerad.registry.eligibility.domain.Places.US_NY;
import static org.telerad.registry.eligibility.domain.Places.US_TX;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.api.EligibilityResult.Excluded;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.eligibility.domain.Radiologists.Licenses;
import org.telerad.registry.eligibility.domain.Radiologists.Privileges;
import org.telerad.shared.problem.TeleradException;

class EligibilityTest {

    private static final Instant NOON_IN_DALLAS = Instant.parse("2026-07-01T17:00:00Z");
    private static final Modality CT = Modality.of("CT");

    @Test
    void lists_a_radiologist_licensed_in_texas_and_privileged_in_dallas_with_what_qualified_them() {
        var rad = Radiologists.licensedIn(US_TX).privilegedAt(DALLAS);

        EligibilityResult result = evaluate(List.of(rad), finalCtAt(DALLAS));

        assertThat(result.isEligible(rad.id())).isTrue();
        var eligible = result.eligibility(rad.id()).orElseThrow();
        assertThat(eligible.licenses()).extracting(l -> l.jurisdiction().code()).containsExactly("US-TX");
        assertThat(eligible.privilege().facilityCode()).isEqualTo("tx-dallas");
        assertThat(result.excluded()).isEmpty();
        assertThat(result.facility().jurisdiction()).isEqualTo(US_TX);
        assertThat(result.facility().date()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void excludes_a_radiologist_licensed_only_in_california_for_a_texas_facility() {
        var californian = Radiologists.licensedIn(US_CA).privilegedAt(DALLAS);

        Excluded excluded = exclusionOf(californian, finalCtAt(DALLAS));

        assertThat(excluded.rejections()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("LicensedInPatientJurisdiction");
            assertThat(r.code()).isEqualTo("TELERAD-ELIG-020");
            assertThat(r.reason()).isEqualTo(
                    "Holds no license covering US-TX (Texas), where this facility's patients are scanned.");
        });
    }

    @Test
    void an_expired_license_does_not_count_at_the_instant_of_the_read() {
        var rad = Radiologists.unlicensed()
                .license(Licenses.in(US_TX, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)))
                .privilegedAt(DALLAS);
        var eligibility = SnapshotEligibility.of(snapshotOf(List.of(DALLAS), rad));

        var lastDay = eligibility.evaluate(finalCtAt(DALLAS).at(Instant.parse("2026-06-30T17:00:00Z")));
        var dayAfter = eligibility.evaluate(finalCtAt(DALLAS).at(Instant.parse("2026-07-01T17:00:00Z")));

        assertThat(lastDay.isEligible(rad.id())).isTrue();
        Excluded excluded = dayAfter.exclusion(rad.id()).orElseThrow();
        assertThat(excluded.hasCode("TELERAD-ELIG-021")).isTrue();
        assertThat(excluded.rejections().get(0).reason()).contains("has expired").contains("2026-07-01");
    }

    @Test
    void validity_dates_are_read_in_the_facility_time_zone() {
        var rad = Radiologists.unlicensed()
                .license(Licenses.in(US_TX, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)))
                .privilegedAt(DALLAS);
        // 03:00 UTC on 1 July is still 22:00 on 30 June in Dallas
        Instant lateEveningInDallas = Instant.parse("2026-07-01T03:00:00Z");

        var result = evaluate(List.of(rad), finalCtAt(DALLAS).at(lateEveningInDallas));

        assertThat(result.isEligible(rad.id())).isTrue();
        assertThat(result.facility().date()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void a_license_not_yet_valid_does_not_count_and_the_reason_says_so() {
        var rad = Radiologists.unlicensed()
                .license(Licenses.in(US_TX, LocalDate.of(2026, 8, 1), null)).privilegedAt(DALLAS);

        assertThat(exclusionOf(rad, finalCtAt(DALLAS)).rejections()).extracting(EligibilityRejection::code)
                .containsExactly("TELERAD-ELIG-022");
    }

    @Test
    void a_suspended_license_does_not_count_and_the_reason_says_it_is_suspended() {
        var rad = Radiologists.unlicensed().license(Licenses.in(US_TX, CredentialStatus.SUSPENDED))
                .privilegedAt(DALLAS);

        var rejection = exclusionOf(rad, finalCtAt(DALLAS)).rejections().get(0);

        assertThat(rejection.code()).isEqualTo("TELERAD-ELIG-023");
        assertThat(rejection.reason()).isEqualTo("The license covering US-TX (Texas) is suspended.");
    }

    @Test
    void a_revoked_license_does_not_count_and_the_reason_says_it_is_revoked() {
        var rad = Radiologists.unlicensed().license(Licenses.in(US_TX, CredentialStatus.REVOKED))
                .privilegedAt(DALLAS);

        assertThat(exclusionOf(rad, finalCtAt(DALLAS)).rejections().get(0).reason()).endsWith("is revoked.");
    }

    @Test
    void an_active_license_counts_even_when_an_older_one_in_the_same_state_was_revoked() {
        var rad = Radiologists.unlicensed().license(Licenses.in(US_TX, CredentialStatus.REVOKED))
                .license(Licenses.in(US_TX)).privilegedAt(DALLAS);

        var result = evaluate(List.of(rad), finalCtAt(DALLAS));

        assertThat(result.isEligible(rad.id())).isTrue();
        assertThat(result.eligibility(rad.id()).orElseThrow().licenses()).hasSize(1);
    }

    @Test
    void a_national_license_covers_a_subdivision() {
        var germanLicense = Radiologists.licensedIn(DE).privilegedAt(MUNICH);
        var bavarianLicense = Radiologists.licensedIn(DE_BY).privilegedAt(MUNICH);
        var frenchLicense = Radiologists.licensedIn(FR).privilegedAt(MUNICH);

        var result = evaluate(List.of(germanLicense, bavarianLicense, frenchLicense), finalCtAt(MUNICH));

        assertThat(result.isEligible(germanLicense.id())).isTrue();
        assertThat(result.isEligible(bavarianLicense.id())).isTrue();
        assertThat(result.exclusion(frenchLicense.id()).orElseThrow().rejections().get(0).reason())
                .contains("DE-BY (Bayern)");
    }

    @Test
    void a_license_in_another_state_of_the_same_country_does_not_cover_texas() {
        var newYorker = Radiologists.licensedIn(US_NY).privilegedAt(DALLAS);

        assertThat(exclusionOf(newYorker, finalCtAt(DALLAS)).rejectedBy("LicensedInPatientJurisdiction")).isTrue();
    }

    @Test
    void a_privilege_at_another_facility_does_not_count() {
        var rad = Radiologists.licensedIn(US_TX).privilegedAt(HOUSTON);

        var rejection = exclusionOf(rad, finalCtAt(DALLAS)).rejections();

        assertThat(rejection).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("PrivilegedAtFacility");
            assertThat(r.code()).isEqualTo("TELERAD-ELIG-030");
            assertThat(r.reason()).isEqualTo("Holds no privilege at tx-dallas (Dallas Medical Center).");
        });
    }

    @Test
    void an_expired_privilege_does_not_count() {
        var rad = Radiologists.licensedIn(US_TX)
                .privilege(Privileges.at(DALLAS).valid(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 31)));

        assertThat(exclusionOf(rad, finalCtAt(DALLAS)).rejections()).extracting(EligibilityRejection::code)
                .containsExactly("TELERAD-ELIG-031");
    }

    @Test
    void a_suspended_privilege_does_not_count() {
        var rad = Radiologists.licensedIn(US_TX).privilege(Privileges.at(DALLAS).status(CredentialStatus.SUSPENDED));

        assertThat(exclusionOf(rad, finalCtAt(DALLAS)).rejections()).extracting(EligibilityRejection::reason)
                .containsExactly("The privilege at tx-dallas (Dallas Medical Center) is suspended.");
    }

    @Test
    void a_preliminary_only_privilege_cannot_take_a_final_read() {
        var rad = Radiologists.licensedIn(US_TX).privilege(Privileges.at(DALLAS).preliminaryOnly());
        var eligibility = SnapshotEligibility.of(snapshotOf(List.of(DALLAS), rad));

        var finalRead = eligibility.evaluate(finalCtAt(DALLAS));
        var preliminaryRead = eligibility.evaluate(
                EligibilityQuery.of("tx-dallas", CT, ReadType.PRELIMINARY, NOON_IN_DALLAS));

        assertThat(finalRead.exclusion(rad.id()).orElseThrow().rejections()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("PrivilegeCoversReadType");
            assertThat(r.reason()).contains("preliminary reads only");
        });
        assertThat(preliminaryRead.isEligible(rad.id())).isTrue();
    }

    @Test
    void a_privilege_limited_to_mr_does_not_cover_ct() {
        var rad = Radiologists.licensedIn(US_TX).privilege(Privileges.at(DALLAS).modalities("MR"));

        assertThat(exclusionOf(rad, finalCtAt(DALLAS)).rejections()).extracting(EligibilityRejection::reason)
                .containsExactly("The privilege at tx-dallas (Dallas Medical Center) does not cover CT studies.");
    }

    @Test
    void a_second_privilege_at_the_same_facility_can_qualify() {
        var rad = Radiologists.licensedIn(US_TX).privilege(Privileges.at(DALLAS).preliminaryOnly())
                .privilege(Privileges.at(DALLAS).modalities("CT").finalOnly());

        var result = evaluate(List.of(rad), finalCtAt(DALLAS));

        assertThat(result.eligibility(rad.id()).orElseThrow().privilege().readTypes()).containsExactly(ReadType.FINAL);
    }

    @Test
    void a_neuro_study_needs_a_radiologist_who_holds_neuro() {
        var neuro = Radiologists.licensedIn(US_TX).holding(Subspecialty.NEURO).privilegedAt(DALLAS);
        var body = Radiologists.licensedIn(US_TX).holding(Subspecialty.BODY).privilegedAt(DALLAS);

        var result = evaluate(List.of(neuro, body), finalCtAt(DALLAS).requiring(Subspecialty.NEURO));

        assertThat(result.isEligible(neuro.id())).isTrue();
        assertThat(result.exclusion(body.id()).orElseThrow().rejections()).extracting(EligibilityRejection::reason)
                .containsExactly("Does not hold every required subspecialty (neuro).");
    }

    @Test
    void a_privilege_narrowed_to_body_does_not_extend_to_a_neuro_study() {
        var rad = Radiologists.licensedIn(US_TX).holding(Subspecialty.NEURO, Subspecialty.BODY)
                .privilege(Privileges.at(DALLAS).narrowedTo(Subspecialty.BODY));

        var rejections = exclusionOf(rad, finalCtAt(DALLAS).requiring(Subspecialty.NEURO)).rejections();

        assertThat(rejections).extracting(EligibilityRejection::code).containsExactly("TELERAD-ELIG-061");
    }

    @Test
    void reports_every_failing_rule_for_an_excluded_radiologist() {
        var rad = Radiologists.licensedIn(US_CA).deactivated()
                .privilege(Privileges.at(DALLAS).status(CredentialStatus.SUSPENDED).modalities("MR").preliminaryOnly());

        var rejections = exclusionOf(rad, finalCtAt(DALLAS).requiring(Subspecialty.NEURO)).rejections();

        assertThat(rejections).extracting(EligibilityRejection::rule).containsExactly("RadiologistActive",
                "LicensedInPatientJurisdiction", "PrivilegedAtFacility", "PrivilegeCoversModality",
                "PrivilegeCoversReadType", "HoldsRequiredSubspecialty");
        assertThat(rejections).extracting(EligibilityRejection::code).doesNotHaveDuplicates()
                .allMatch(code -> code.startsWith("TELERAD-ELIG-0"));
    }

    @Test
    void explains_an_exclusion_by_the_privilege_that_came_closest() {
        var rad = Radiologists.licensedIn(US_TX)
                .privilege(Privileges.at(DALLAS).status(CredentialStatus.REVOKED).modalities("MR"))
                .privilege(Privileges.at(DALLAS).preliminaryOnly());

        assertThat(exclusionOf(rad, finalCtAt(DALLAS)).rejections()).extracting(EligibilityRejection::rule)
                .containsExactly("PrivilegeCoversReadType");
    }

    @Test
    void every_radiologist_appears_exactly_once_in_a_stable_order() {
        var a = Radiologists.licensedIn(US_TX).named("Avery").privilegedAt(DALLAS);
        var b = Radiologists.licensedIn(US_CA).named("Blake").privilegedAt(SACRAMENTO);
        var c = Radiologists.licensedIn(US_TX).named("Casey").privilegedAt(HOUSTON);

        var result = evaluate(List.of(c, b, a), finalCtAt(DALLAS));

        assertThat(result.eligible()).extracting(EligibilityResult.Eligible::name).containsExactly("Avery");
        assertThat(result.excluded()).extracting(Excluded::name).containsExactly("Blake", "Casey");
    }

    @Test
    void radiologists_excluded_for_the_same_reasons_share_one_explanation() {
        var one = Radiologists.licensedIn(US_CA);
        var two = Radiologists.licensedIn(US_NY);

        var result = evaluate(List.of(one, two), finalCtAt(DALLAS));

        assertThat(result.exclusion(one.id()).orElseThrow().rejections())
                .isSameAs(result.exclusion(two.id()).orElseThrow().rejections());
    }

    @Test
    void an_unknown_facility_is_not_found() {
        assertThatThrownBy(() -> evaluate(List.of(), EligibilityQuery.of("nowhere", CT, ReadType.FINAL, NOON_IN_DALLAS)))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-ELIG-001");
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.NOT_FOUND);
                });
    }

    @Test
    void a_deactivated_facility_is_unprocessable() {
        var snapshot = RegistrySnapshot.of(1, List.of(Facilities.deactivated(DALLAS)), List.of());

        assertThatThrownBy(() -> SnapshotEligibility.of(snapshot).evaluate(finalCtAt(DALLAS)))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-ELIG-002");
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.UNPROCESSABLE);
                });
    }

    @Test
    void a_question_without_a_modality_names_the_missing_field() {
        assertThatThrownBy(() -> EligibilityQuery.of("tx-dallas", null, ReadType.FINAL, NOON_IN_DALLAS))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-ELIG-003");
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("modality");
                });
    }

    @Test
    void routing_can_append_its_own_rule() {
        RejectionReason offShift = RejectionReason.of("OnShift", "TELERAD-ROUTING-900", d -> "Is not on shift.");
        EligibilityPolicy nobodyOnShift = (candidate, read) -> read.reject(offShift);
        var rad = Radiologists.licensedIn(US_TX).privilegedAt(DALLAS);
        var eligibility = new SnapshotEligibility(snapshotOf(List.of(DALLAS), rad),
                EligibilityPolicies.standardAnd(List.of(nobodyOnShift)));

        var rejections = eligibility.evaluate(finalCtAt(DALLAS)).exclusion(rad.id()).orElseThrow().rejections();

        assertThat(rejections).extracting(EligibilityRejection::rule).containsExactly("OnShift");
    }

    @Test
    void a_rule_about_the_privilege_scope_is_only_asked_about_radiologists_privileged_at_the_facility() {
        RejectionReason never = RejectionReason.of("ScopeProbe", "TELERAD-TEST-001", d -> "Asked.");
        EligibilityPolicy scopeProbe = new EligibilityPolicy() {
            @Override
            public Verdict evaluate(Candidate candidate, ReadContext read) {
                return read.reject(never);
            }

            @Override
            public boolean judgesPrivilegeScope() {
                return true;
            }
        };
        var privileged = Radiologists.licensedIn(US_TX).privilegedAt(DALLAS);
        var elsewhere = Radiologists.licensedIn(US_TX).privilegedAt(HOUSTON);
        var eligibility = new SnapshotEligibility(snapshotOf(List.of(DALLAS, HOUSTON), privileged, elsewhere),
                EligibilityPolicies.standardAnd(List.of(scopeProbe)));

        var result = eligibility.evaluate(finalCtAt(DALLAS));

        assertThat(result.exclusion(privileged.id()).orElseThrow().rejectedBy("ScopeProbe")).isTrue();
        assertThat(result.exclusion(elsewhere.id()).orElseThrow().rejections()).extracting(EligibilityRejection::rule)
                .containsExactly("PrivilegedAtFacility");
    }

    @Test
    void a_rule_that_does_not_concern_the_question_is_not_asked() {
        RejectionReason never = RejectionReason.of("NeuroOnly", "TELERAD-TEST-002", d -> "Asked.");
        EligibilityPolicy neuroOnly = new EligibilityPolicy() {
            @Override
            public Verdict evaluate(Candidate candidate, ReadContext read) {
                return read.reject(never);
            }

            @Override
            public boolean concerns(ReadContext read) {
                return read.requiredSubspecialties().contains(Subspecialty.NEURO);
            }
        };
        var rad = Radiologists.licensedIn(US_TX).holding(Subspecialty.NEURO).privilegedAt(DALLAS);
        var eligibility = new SnapshotEligibility(snapshotOf(List.of(DALLAS), rad),
                EligibilityPolicies.standardAnd(List.of(neuroOnly)));

        assertThat(eligibility.evaluate(finalCtAt(DALLAS)).isEligible(rad.id())).isTrue();
        assertThat(eligibility.evaluate(finalCtAt(DALLAS).requiring(Subspecialty.NEURO)).isEligible(rad.id()))
                .isFalse();
    }

    private static EligibilityQuery finalCtAt(FacilityRecord facility) {
        return EligibilityQuery.of(facility.code(), CT, ReadType.FINAL, NOON_IN_DALLAS);
    }

    private static Excluded exclusionOf(Radiologists.Fixture rad, EligibilityQuery query) {
        return evaluate(List.of(rad), query).exclusion(rad.id()).orElseThrow();
    }

    private static EligibilityResult evaluate(List<Radiologists.Fixture> rads, EligibilityQuery query) {
        return SnapshotEligibility.of(snapshotOf(List.of(DALLAS, HOUSTON, SACRAMENTO, MUNICH),
                rads.toArray(new Radiologists.Fixture[0]))).evaluate(query);
    }

    private static RegistrySnapshot snapshotOf(List<FacilityRecord> facilities, Radiologists.Fixture... rads) {
        return RegistrySnapshot.of(1, facilities, Stream.of(rads).map(Radiologists.Fixture::record).toList());
    }
}
