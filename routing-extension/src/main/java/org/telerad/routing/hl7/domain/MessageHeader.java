package org.telerad.routing.hl7.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The MSH fields every received message is kept and answered with, read from the raw text (so also for a
 * message no parser accepts): sending and receiving application and facility (first component), message
 * type ({@code ORM^O01}), control id, version. Any may be null.
 */
public record MessageHeader(String sendingApplication, String sendingFacility, String receivingApplication,
        String receivingFacility, String messageType, String controlId, String version) {

    public static MessageHeader unknown() {
        return new MessageHeader(null, null, null, null, null, null, null);
    }

    /** The header of a raw ER7 message; {@link #unknown()} when it does not start with an MSH segment. */
    public static MessageHeader fromRaw(String raw) {
        if (raw == null) {
            return unknown();
        }
        String text = raw.stripLeading();
        if (!text.startsWith("MSH") || text.length() < 8) {
            return unknown();
        }
        int end = firstSegmentEnd(text);
        String msh = text.substring(0, end);
        char fieldSeparator = msh.charAt(3);
        char componentSeparator = msh.charAt(4);
        List<String> fields = split(msh, fieldSeparator);
        // fields.get(0) = "MSH", fields.get(1) = encoding characters (MSH-2); MSH-n is fields.get(n - 1)
        return new MessageHeader(component(fields, 3, componentSeparator, false),
                component(fields, 4, componentSeparator, false), component(fields, 5, componentSeparator, false),
                component(fields, 6, componentSeparator, false), component(fields, 9, componentSeparator, true),
                component(fields, 10, componentSeparator, false), component(fields, 12, componentSeparator, false));
    }

    /** The message type and trigger event, e.g. {@code ORM^O01}; "unknown" when absent. */
    public String typeOrUnknown() {
        return messageType == null ? "unknown" : messageType;
    }

    private static int firstSegmentEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }

    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == separator) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    private static String component(List<String> fields, int mshField, char componentSeparator, boolean typeAndEvent) {
        int index = mshField - 1;
        if (index >= fields.size()) {
            return null;
        }
        String field = fields.get(index);
        List<String> components = split(field, componentSeparator);
        String value = typeAndEvent && components.size() > 1 && !components.get(1).isBlank()
                ? components.get(0).strip() + "^" + components.get(1).strip()
                : components.get(0).strip();
        return value.isEmpty() ? null : value;
    }
}
