package org.telerad.routing.board.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;

class BoardAccessTest {

    @Test
    void a_facility_admin_sees_their_own_facilities_and_is_refused_another() {
        Caller admin = new Caller("fa", Set.of("facility-admin"), Set.of("tx-dallas", "tx-houston"), null);
        assertThat(BoardAccess.facilitiesFor(admin, null)).containsExactlyInAnyOrder("tx-dallas", "tx-houston");
        assertThat(BoardAccess.facilitiesFor(admin, "tx-dallas")).containsExactly("tx-dallas");
        assertThatThrownBy(() -> BoardAccess.facilitiesFor(admin, "ca-sacramento"))
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void credentialing_admins_see_every_facility_and_radiologists_none() {
        assertThat(BoardAccess.facilitiesFor(new Caller("c", Set.of("credentialing-admin"), Set.of(), null), null))
                .isNull();
        assertThatThrownBy(() -> BoardAccess.facilitiesFor(new Caller("r", Set.of("radiologist"), Set.of(), null),
                null)).isInstanceOf(TeleradException.class);
    }
}
