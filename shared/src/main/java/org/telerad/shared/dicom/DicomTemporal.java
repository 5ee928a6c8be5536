package org.telerad.shared.dicom;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * DA, TM and DT text (PS3.5 6.2) to and from {@code java.time}. Parsing accepts partial precision
 * ({@code 2026}, {@code 202611}, {@code 21}, {@code 2131}, a fraction of 1 to 6 digits; missing parts
 * become their minimum) and the ACR-NEMA separators ({@code 2026.11.27}, {@code 21:31:07}) that old
 * devices still write. Formatting writes full precision, the fraction only when it is not zero.
 */
public final class DicomTemporal {

    private DicomTemporal() {
    }

    /** @throws IllegalArgumentException if the text is no DA */
    public static LocalDate parseDate(String text) {
        String digits = strip(text).replace(".", "").replace("-", "");
        try {
            return switch (digits.length()) {
                case 4 -> LocalDate.of(number(digits, 0, 4), 1, 1);
                case 6 -> LocalDate.of(number(digits, 0, 4), number(digits, 4, 6), 1);
                case 8 -> LocalDate.of(number(digits, 0, 4), number(digits, 4, 6), number(digits, 6, 8));
                default -> throw new IllegalArgumentException("a DA value is YYYYMMDD");
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a DA value names no calendar date", e);
        }
    }

    /** @throws IllegalArgumentException if the text is no TM */
    public static LocalTime parseTime(String text) {
        String value = strip(text).replace(":", "");
        int dot = value.indexOf('.');
        String main = dot < 0 ? value : value.substring(0, dot);
        int nanos = dot < 0 ? 0 : fraction(value.substring(dot + 1));
        try {
            return switch (main.length()) {
                case 2 -> LocalTime.of(number(main, 0, 2), 0);
                case 4 -> LocalTime.of(number(main, 0, 2), number(main, 2, 4));
                case 6 -> LocalTime.of(number(main, 0, 2), number(main, 2, 4), Math.min(59, number(main, 4, 6)),
                        nanos);
                default -> throw new IllegalArgumentException("a TM value is HHMMSS.FFFFFF");
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a TM value names no time of day", e);
        }
    }

    /** @throws IllegalArgumentException if the text is no DT */
    public static DicomDateTime parseDateTime(String text) {
        String value = strip(text);
        ZoneOffset offset = null;
        int sign = Math.max(value.lastIndexOf('+'), value.lastIndexOf('-'));
        if (sign >= 4) {
            String zone = value.substring(sign + 1);
            if (zone.length() != 4) {
                throw new IllegalArgumentException("a DT offset is &ZZXX");
            }
            try {
                int minutes = number(zone, 0, 2) * 60 + number(zone, 2, 4);
                offset = ZoneOffset.ofTotalSeconds((value.charAt(sign) == '-' ? -60 : 60) * minutes);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("a DT offset is &ZZXX", e);
            }
            value = value.substring(0, sign);
        } else if (sign >= 0) {
            throw new IllegalArgumentException("a DT value is YYYYMMDDHHMMSS.FFFFFF&ZZXX");
        }
        int dot = value.indexOf('.');
        String main = dot < 0 ? value : value.substring(0, dot);
        if (dot >= 0 && main.length() != 14) {
            throw new IllegalArgumentException("a DT fraction follows full seconds");
        }
        int length = main.length();
        if (length < 4 || length > 14 || length % 2 != 0) {
            throw new IllegalArgumentException("a DT value is YYYYMMDDHHMMSS.FFFFFF&ZZXX");
        }
        try {
            LocalDate date = LocalDate.of(number(main, 0, 4), length >= 6 ? number(main, 4, 6) : 1,
                    length >= 8 ? number(main, 6, 8) : 1);
            LocalTime time = LocalTime.of(length >= 10 ? number(main, 8, 10) : 0,
                    length >= 12 ? number(main, 10, 12) : 0,
                    length >= 14 ? Math.min(59, number(main, 12, 14)) : 0,
                    dot < 0 ? 0 : fraction(value.substring(dot + 1)));
            return new DicomDateTime(LocalDateTime.of(date, time), offset);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a DT value names no date and time", e);
        }
    }

    public static String formatDate(LocalDate date) {
        return String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static String formatTime(LocalTime time) {
        String text = String.format(Locale.ROOT, "%02d%02d%02d", time.getHour(), time.getMinute(), time.getSecond());
        int micros = time.getNano() / 1000;
        if (micros == 0) {
            return text;
        }
        String fraction = String.format(Locale.ROOT, "%06d", micros);
        int end = fraction.length();
        while (fraction.charAt(end - 1) == '0') {
            end--;
        }
        return text + "." + fraction.substring(0, end);
    }

    public static String formatDateTime(LocalDateTime dateTime) {
        return formatDate(dateTime.toLocalDate()) + formatTime(dateTime.toLocalTime());
    }

    public static String formatDateTime(OffsetDateTime dateTime) {
        return formatDateTime(dateTime.toLocalDateTime()) + formatOffset(dateTime.getOffset());
    }

    static String formatOffset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
                Math.abs(minutes) % 60);
    }

    private static String strip(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no value");
        }
        return text.strip();
    }

    private static int fraction(String digits) {
        if (digits.isEmpty() || digits.length() > 6) {
            throw new IllegalArgumentException("a fraction of a second has 1 to 6 digits");
        }
        return number(digits, 0, digits.length()) * (int) Math.pow(10, 9 - digits.length());
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("a date or time has only digits");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
