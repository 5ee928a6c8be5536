package org.telerad.routing.dicomweb.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.dicomweb.domain.StudyResourceRequest;
import org.telerad.routing.enrichment.testing.InMemoryArchives;
import org.telerad.routing.viewer.domain.ViewedStudy;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

class DicomWebGatewayTest {

    static final String STUDY = "2.25.318270112845506128510416130016103003";
    static final ViewedStudy HOUSTON_STAT = new ViewedStudy("2.25.100", STUDY, "tx-houston", "local-orthanc", "rad-tx");
    static final ViewedStudy ORPHAN = new ViewedStudy("2.25.300", "1.2.9", "tx-houston", "gone", "rad-tx");

    final List<AuditRecord> audited = new ArrayList<>();
    final DicomWebGateway gateway = gateway();

    DicomWebGateway gateway() {
        DicomWebGateway g = new DicomWebGateway();
        Map<String, List<ViewedStudy>> byStudy = Map.of(STUDY, List.of(HOUSTON_STAT), "1.2.9", List.of(ORPHAN));
        g.studyTasks = uid -> byStudy.getOrDefault(uid, List.of());
        InMemoryArchives archives = new InMemoryArchives();
        archives.addIfAbsent(new ConfiguredArchive("local-orthanc", URI.create("http://127.0.0.1:8042/dicom-web/"),
                List.of("ORTHANC"), null, ZoneId.of("UTC")));
        g.archives = archives;
        g.audit = audited::add;
        g.currentCaller = new CurrentCaller();
        return g;
    }

    static Caller caller(String username, String role, String... facilities) {
        return new Caller(username, Set.of(role), Set.of(facilities), "127.0.0.1");
    }

    StudyArchive as(Caller caller, String path, String query) {
        return CurrentCaller.callAs(caller, () -> gateway.authorise(StudyResourceRequest.parse(path, query)));
    }

    @Test
    void the_assigned_radiologist_reads_the_study_from_its_archive_and_is_audited_once() {
        Caller radiologist = caller("rad-tx", Roles.RADIOLOGIST);

        StudyArchive archive = as(radiologist, "/studies", "StudyInstanceUID=" + STUDY);
        as(radiologist, "/studies/" + STUDY + "/metadata", null);
        as(radiologist, "/studies/" + STUDY + "/series/1.2/instances/1.3/frames/1", null);

        assertThat(archive.base()).isEqualTo("http://127.0.0.1:8042/dicom-web");
        assertThat(audited).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(AuditEventType.DICOM_INSTANCES_ACCESSED);
            assertThat(r.objectId()).isEqualTo("2.25.100");
            assertThat(r.facilityCode()).isEqualTo("tx-houston");
        });
    }

    @Test
    void another_radiologist_is_forbidden_and_nothing_is_audited() {
        assertThatThrownBy(() -> as(caller("rad-ny", Roles.RADIOLOGIST), "/studies/" + STUDY + "/series", null))
                .isInstanceOf(TeleradException.class)
                .satisfies(e -> assertThat(((TeleradException) e).kind()).isEqualTo(TeleradException.Kind.FORBIDDEN));
        assertThat(audited).isEmpty();
    }

    @Test
    void a_study_without_a_task_is_not_found_even_for_an_auditor() {
        assertThatThrownBy(() -> as(caller("auditor", Roles.AUDITOR), "/studies/1.2.840.99/series", null))
                .satisfies(e -> assertThat(((TeleradException) e).kind()).isEqualTo(TeleradException.Kind.NOT_FOUND));
    }

    @Test
    void a_study_whose_archive_is_not_configured_is_unavailable() {
        assertThatThrownBy(() -> as(caller("auditor", Roles.AUDITOR), "/studies/1.2.9/series", null))
                .satisfies(e -> assertThat(((TeleradException) e).kind())
                        .isEqualTo(TeleradException.Kind.UNAVAILABLE));
        assertThat(audited).isEmpty();
    }
}
