package org.telerad.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class RadiologistDirectoryEntryTest {

    static final UUID ID = UUID.randomUUID();

    @Test
    void a_radiologist_s_dicom_person_name_is_family_caret_given() {
        assertThat(new RadiologistDirectory.Entry(ID, "Riley Texas", "rad-tx", "US", null, true, "Texas", "Riley")
                .dicomPersonName()).contains("Texas^Riley");
        assertThat(new RadiologistDirectory.Entry(ID, "Texas", null, "US", null, true, "Texas", null)
                .dicomPersonName()).contains("Texas");
    }

    @Test
    void without_a_family_name_there_is_no_person_name_and_the_older_constructor_still_works() {
        assertThat(new RadiologistDirectory.Entry(ID, "Riley Texas", "rad-tx", "US", null, true).dicomPersonName())
                .isEmpty();
    }

    @Test
    void delimiters_and_control_characters_inside_a_part_become_spaces() {
        assertThat(new RadiologistDirectory.Entry(ID, "x", null, "US", null, true, "Van^Der=Berg", "Jo\\\nAnn")
                .dicomPersonName()).contains("Van Der Berg^Jo Ann");
    }
}
