package org.telerad.routing.task.domain;

import java.util.regex.Pattern;

/** DICOM UID syntax (PS3.5 9.1): digits and dots, no leading zero in a component, at most 64 characters. */
final class Uids {

    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

    private Uids() {
    }

    static boolean isValid(String text) {
        return text != null && text.length() <= 64 && UID.matcher(text).matches();
    }
}
