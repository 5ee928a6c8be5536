package org.telerad.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void a_strong_tag_names_its_version() {
        assertThat(Preconditions.version("\"3\"")).isEqualTo(3L);
    }

    @Test
    void a_weak_tag_or_a_bare_number_names_the_same_version() {
        assertThat(Preconditions.version("W/\"3\"")).isEqualTo(3L);
        assertThat(Preconditions.version(" 3 ")).isEqualTo(3L);
    }

    @Test
    void of_a_list_of_tags_only_the_first_counts() {
        assertThat(Preconditions.version("\"4\", \"5\"")).isEqualTo(4L);
    }

    @Test
    void a_star_asks_for_no_check() {
        assertThat(Preconditions.version(" * ")).isNull();
    }

    @Test
    void a_tag_this_server_never_issued_matches_no_version() {
        assertThat(Preconditions.version("\"abc\"")).isEqualTo(Preconditions.UNKNOWN_VERSION);
    }

    @Test
    void the_etag_of_a_record_is_its_version_as_a_strong_tag() {
        assertThat(Preconditions.tag(7).getValue()).isEqualTo("7");
        assertThat(Preconditions.tag(7).isWeak()).isFalse();
    }
}
