package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DicomTemporalTest {

    @Test
    void reads_dates_in_full_partial_and_acr_nema_form() {
        assertThat(DicomTemporal.parseDate("20261127")).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(DicomTemporal.parseDate("202611")).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(DicomTemporal.parseDate("2026")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DicomTemporal.parseDate("2026.11.27")).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void reads_times_in_full_partial_and_acr_nema_form() {
        assertThat(DicomTemporal.parseTime("213107.578")).isEqualTo(LocalTime.of(21, 31, 7, 578_000_000));
        assertThat(DicomTemporal.parseTime("213107.123456")).isEqualTo(LocalTime.of(21, 31, 7, 123_456_000));
        assertThat(DicomTemporal.parseTime("21")).isEqualTo(LocalTime.of(21, 0));
        assertThat(DicomTemporal.parseTime("21:31:07")).isEqualTo(LocalTime.of(21, 31, 7));
        assertThat(DicomTemporal.parseTime("235960")).isEqualTo(LocalTime.of(23, 59, 59));
    }

    @Test
    void reads_date_times_with_and_without_offset() {
        assertThat(DicomTemporal.parseDateTime("20261127213107.578"))
                .isEqualTo(new DicomDateTime(LocalDateTime.of(2026, 11, 27, 21, 31, 7, 578_000_000), null));
        assertThat(DicomTemporal.parseDateTime("20261127213107+0530").explicitOffset())
                .hasValue(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(DicomTemporal.parseDateTime("2026112721").local()).isEqualTo(LocalDateTime.of(2026, 11, 27, 21, 0));
        assertThat(DicomTemporal.parseDateTime("2026-0600").explicitOffset()).hasValue(ZoneOffset.ofHours(-6));
    }

    @Test
    void refuses_text_that_is_no_date_or_time() {
        assertThatThrownBy(() -> DicomTemporal.parseDate("20261327")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DicomTemporal.parseDate("2026112")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DicomTemporal.parseTime("2561")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DicomTemporal.parseDateTime("20261127213107.5+01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DicomTemporal.parseDateTime("2026112721.5"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writes_full_precision_and_the_fraction_only_when_there_is_one() {
        assertThat(DicomTemporal.formatDate(LocalDate.of(2026, 1, 2))).isEqualTo("20260102");
        assertThat(DicomTemporal.formatTime(LocalTime.of(9, 5))).isEqualTo("090500");
        assertThat(DicomTemporal.formatTime(LocalTime.of(9, 5, 1, 578_000_000))).isEqualTo("090501.578");
        assertThat(DicomTemporal.formatDateTime(OffsetDateTime.parse("2026-11-27T21:31:07.5-03:30")))
                .isEqualTo("20261127213107.5-0330");
        assertThat(DicomDateTime.parse("20261127213107.578").toDicomString()).isEqualTo("20261127213107.578");
    }
}
