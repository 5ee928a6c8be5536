package org.telerad.registry.eligibility.rest;

import java.time.LocalDate;
import java.util.List;

import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;

/**
 * The JSON body of an eligibility answer: codes as strings ({@code "US-TX"}, {@code "CT"}, {@code "final"},
 * {@code "neuro"}), dates as ISO-8601 strings, every radiologist once, in {@code eligible} or in
 * {@code excluded} with each rule that excluded them.
 */
public record EligibilityJson(Question question, Facility facility, long registryRevision, int eligibleCount,
        int excludedCount, List<Eligible> eligible, List<Excluded> excluded) {

    public record Question(String facility, String modality, String readType, List<String> subspecialties,
            String at) {
    }

    public record Facility(String id, String code, String name, String jurisdiction, String timeZone, String date) {
    }

    public record Eligible(String radiologistId, String name, String username, List<License> licenses,
            Privilege privilege) {
    }

    public record License(String id, String jurisdiction, String number, String validFrom, String validTo) {
    }

    public record Privilege(String id, String facility, List<String> modalities, List<String> subspecialties,
            List<String> readTypes, String validFrom, String validTo) {
    }

    public record Excluded(String radiologistId, String name, List<Rejection> rejections) {
    }

    public record Rejection(String rule, String code, String reason) {
    }

    static EligibilityJson of(EligibilityResult r) {
        var q = r.query();
        var f = r.facility();
        return new EligibilityJson(
                new Question(q.facilityCode(), q.modality().code(), q.readType().code(),
                        q.requiredSubspecialties().stream().map(Subspecialty::code).sorted().toList(),
                        q.at().toString()),
                new Facility(f.facilityId() == null ? null : f.facilityId().toString(), f.code(), f.name(),
                        f.jurisdiction().code(), f.timeZone(), f.date().toString()),
                r.registryRevision(), r.eligible().size(), r.excluded().size(),
                r.eligible().stream().map(EligibilityJson::eligible).toList(),
                r.excluded().stream().map(EligibilityJson::excluded).toList());
    }

    private static Eligible eligible(EligibilityResult.Eligible e) {
        var p = e.privilege();
        return new Eligible(e.radiologistId().toString(), e.name(), e.username(),
                e.licenses().stream().map(l -> new License(l.licenseId().toString(), l.jurisdiction().code(),
                        l.number(), text(l.validFrom()), text(l.validTo()))).toList(),
                new Privilege(p.privilegeId().toString(), p.facilityCode(),
                        p.modalities().stream().map(Modality::code).sorted().toList(),
                        p.subspecialties().stream().map(Subspecialty::code).sorted().toList(),
                        p.readTypes().stream().map(ReadType::code).sorted().toList(), text(p.validFrom()),
                        text(p.validTo())));
    }

    private static Excluded excluded(EligibilityResult.Excluded e) {
        return new Excluded(e.radiologistId().toString(), e.name(),
                e.rejections().stream().map(EligibilityJson::rejection).toList());
    }

    private static Rejection rejection(EligibilityRejection r) {
        return new Rejection(r.rule(), r.code(), r.reason());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
