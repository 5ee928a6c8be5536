package org.telerad.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    static AuditEntry entry(String objectId, String detail) {
        return AuditEntry.chained(1, Instant.parse("2026-11-27T10:15:30.123456789Z"), "110110", "U", 0,
                "credentialing", "credentialing-admin", "127.0.0.1", "License", objectId, null, detail,
                AuditEntry.GENESIS_HASH);
    }

    @Test
    void the_hash_covers_every_field_so_moving_text_between_fields_changes_it() {
        assertThat(entry("ab", "c").entryHash()).isNotEqualTo(entry("a", "bc").entryHash());
        assertThat(entry("a;", null).entryHash()).isNotEqualTo(entry("a", ";").entryHash());
        assertThat(entry(null, "x").entryHash()).isNotEqualTo(entry("", "x").entryHash());
    }

    @Test
    void the_time_is_kept_to_the_microsecond_as_postgresql_stores_it() {
        assertThat(entry("a", "b").occurredAt()).isEqualTo(Instant.parse("2026-11-27T10:15:30.123456Z"));
    }

    @Test
    void a_sealed_entry_verifies_and_an_altered_copy_does_not() {
        AuditEntry sealed = entry("lic-1", "status changed");
        AuditEntry altered = new AuditEntry(1, sealed.occurredAt(), "110110", "U", 0, "someone-else",
                sealed.roles(), sealed.clientAddress(), sealed.objectType(), sealed.objectId(), null, sealed.detail(),
                sealed.previousHash(), sealed.entryHash());

        assertThat(sealed.isSealedCorrectly()).isTrue();
        assertThat(sealed.entryHash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(altered.isSealedCorrectly()).isFalse();
    }
}
