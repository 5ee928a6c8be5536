package org.telerad.routing.viewer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.routing.viewer.domain.ViewedStudy;
import org.telerad.routing.viewer.domain.ViewerLink;
import org.telerad.routing.viewer.domain.ViewerTemplates;
import org.telerad.routing.viewer.domain.ViewerUrlTemplate;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

class TaskViewerLinksTest {

    static final ViewedStudy HOUSTON_STAT = new ViewedStudy("2.25.100", "2.25.318270112845506128510416130016103003",
            "tx-houston", "local-orthanc", "rad-tx");
    static final ViewedStudy FROM_DCM4CHEE = new ViewedStudy("2.25.200", "1.2.840.1", "tx-dallas", "dcm4chee", null);

    final List<AuditRecord> audited = new ArrayList<>();
    final TaskViewerLinks links = links(Map.of("dcm4chee",
            "https://pacs.example.org/dcm4chee-arc/ui2/en/study/study?StudyInstanceUID={studyInstanceUid}"));

    TaskViewerLinks links(Map<String, String> perArchive) {
        TaskViewerLinks service = new TaskViewerLinks();
        service.studies = uid -> Optional.ofNullable(Map.of(HOUSTON_STAT.taskUid(), HOUSTON_STAT,
                FROM_DCM4CHEE.taskUid(), FROM_DCM4CHEE).get(uid));
        service.templates = archive -> ViewerUrlTemplate.of(perArchive.getOrDefault(archive, ViewerTemplates.DEFAULT));
        service.audit = audited::add;
        service.currentCaller = new CurrentCaller();
        return service;
    }

    static Caller caller(String username, String role, String... facilities) {
        return new Caller(username, Set.of(role), Set.of(facilities), "127.0.0.1");
    }

    ViewerLink as(Caller caller, String task) {
        return CurrentCaller.callAs(caller, () -> links.of(task));
    }

    @Test
    void the_assigned_radiologist_gets_the_ohif_link_of_the_study_and_the_view_is_audited() {
        ViewerLink link = as(caller("rad-tx", Roles.RADIOLOGIST), "2.25.100");

        assertThat(link.url()).isEqualTo("/ohif/viewer?StudyInstanceUIDs=2.25.318270112845506128510416130016103003");
        assertThat(link.archive()).isEqualTo("local-orthanc");
        assertThat(audited).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(AuditEventType.DICOM_INSTANCES_ACCESSED);
            assertThat(r.objectId()).isEqualTo("2.25.100");
            assertThat(r.facilityCode()).isEqualTo("tx-houston");
        });
    }

    @Test
    void a_task_from_another_archive_opens_in_that_archives_viewer() {
        assertThat(as(caller("auditor", Roles.AUDITOR), "2.25.200").url())
                .isEqualTo("https://pacs.example.org/dcm4chee-arc/ui2/en/study/study?StudyInstanceUID=1.2.840.1");
    }

    @Test
    void another_radiologist_and_the_admin_of_another_facility_are_refused_and_nothing_is_audited() {
        assertThatThrownBy(() -> as(caller("rad-ny", Roles.RADIOLOGIST), "2.25.100"))
                .isInstanceOf(TeleradException.class).hasMessageContaining("may open its study");
        assertThatThrownBy(() -> as(caller("fa-ny", Roles.FACILITY_ADMIN, "ny-albany"), "2.25.100"))
                .isInstanceOf(TeleradException.class);
        assertThat(audited).isEmpty();
    }

    @Test
    void the_admin_of_the_tasks_facility_gets_the_link() {
        assertThat(as(caller("fa-tx", Roles.FACILITY_ADMIN, "tx-houston", "tx-dallas"), "2.25.100").url())
                .contains("2.25.318270112845506128510416130016103003");
    }

    @Test
    void an_unknown_task_is_not_found() {
        assertThatThrownBy(() -> as(caller("auditor", Roles.AUDITOR), "2.25.999"))
                .isInstanceOf(TeleradException.class).hasMessageContaining("No reading task");
    }
}
