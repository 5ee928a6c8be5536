package org.telerad.routing.dicomweb.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.routing.viewer.domain.ViewedStudy;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

class StudyReadersTest {

    static final ViewedStudy PRELIMINARY = new ViewedStudy("2.25.1", "1.2.3", "tx-houston", "local-orthanc", "rad-tx");
    static final ViewedStudy OVER_READ = new ViewedStudy("2.25.2", "1.2.3", "tx-houston", "local-orthanc", "rad-ny");

    static Caller caller(String username, String role, String... facilities) {
        return new Caller(username, Set.of(role), Set.of(facilities), "127.0.0.1");
    }

    @Test
    void the_radiologist_a_task_of_the_study_is_assigned_to_may_read_it_through_that_task() {
        assertThat(StudyReaders.readableTask(caller("rad-ny", Roles.RADIOLOGIST), List.of(PRELIMINARY, OVER_READ)))
                .contains(OVER_READ);
    }

    @Test
    void another_radiologist_may_not_read_it() {
        assertThat(StudyReaders.readableTask(caller("rad-ca", Roles.RADIOLOGIST), List.of(PRELIMINARY, OVER_READ)))
                .isEmpty();
    }

    @Test
    void the_admin_of_the_tasks_facility_may_and_the_admin_of_another_may_not() {
        assertThat(StudyReaders.readableTask(caller("fa-tx", Roles.FACILITY_ADMIN, "tx-houston"), List.of(PRELIMINARY)))
                .contains(PRELIMINARY);
        assertThat(StudyReaders.readableTask(caller("fa-ny", Roles.FACILITY_ADMIN, "ny-albany"), List.of(PRELIMINARY)))
                .isEmpty();
    }

    @Test
    void auditors_may_read_any_study_with_a_task() {
        assertThat(StudyReaders.readableTask(caller("auditor", Roles.AUDITOR), List.of(PRELIMINARY)))
                .contains(PRELIMINARY);
    }

    @Test
    void a_study_without_a_task_is_nobodys_to_read() {
        assertThat(StudyReaders.readableTask(caller("auditor", Roles.AUDITOR), List.of())).isEmpty();
    }
}
