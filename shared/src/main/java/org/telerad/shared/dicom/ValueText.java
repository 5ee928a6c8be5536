package org.telerad.shared.dicom;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.telerad.shared.dicom.DicomFormatException.Reason;

/** Turns one JSON or XML value into the Java type its VR calls for, refusing the wrong shape. */
final class ValueText {

    private ValueText() {
    }

    static Object fromJson(VR vr, JsonNode node, String path, int index, DicomLimits limits) {
        if (node.isNull()) {
            return null;
        }
        switch (vr.kind()) {
            case STRING:
            case TEXT:
                if (!node.isTextual()) {
                    throw wrongType(vr, "strings", node, path, index);
                }
                return node.textValue().isEmpty() ? null : checkedLength(node.textValue(), path, limits);
            case TAG:
                if (!node.isTextual()) {
                    throw wrongType(vr, "strings of eight hexadecimal digits", node, path, index);
                }
                return tag(node.textValue(), path, index);
            case INTEGER:
            case DECIMAL:
                if (node.isNumber()) {
                    return number(vr, node.decimalValue(), path, index);
                }
                if (node.isTextual()) {
                    return fromText(vr, node.textValue(), path, index, limits);
                }
                throw wrongType(vr, "numbers", node, path, index);
            case PERSON_NAME:
                if (node.isTextual()) {
                    return PersonName.parse(checkedLength(node.textValue(), path, limits)).orElse(null);
                }
                if (!node.isObject()) {
                    throw wrongType(vr, "objects with \"Alphabetic\", \"Ideographic\" or \"Phonetic\"", node, path,
                            index);
                }
                String[] groups = new String[3];
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    int group = switch (field.getKey()) {
                        case "Alphabetic" -> 0;
                        case "Ideographic" -> 1;
                        case "Phonetic" -> 2;
                        default -> -1;
                    };
                    if (group < 0 || field.getValue().isNull()) {
                        continue;
                    }
                    if (!field.getValue().isTextual()) {
                        throw wrongType(vr, "component groups given as strings", field.getValue(), path, index);
                    }
                    groups[group] = checkedLength(field.getValue().textValue(), path, limits);
                }
                return name(groups);
            default:
                throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path,
                        "VR " + vr + " carries no \"Value\"");
        }
    }

    /** A value given as text (DICOM XML, or IS/DS as JSON strings). Blank is an empty value. */
    static Object fromText(VR vr, String text, String path, int index, DicomLimits limits) {
        checkedLength(text, path, limits);
        switch (vr.kind()) {
            case INTEGER:
            case DECIMAL:
                if (text.isBlank()) {
                    return null;
                }
                try {
                    return number(vr, new BigDecimal(text.strip()), path, index);
                } catch (NumberFormatException e) {
                    throw new DicomFormatException(Reason.BAD_VALUE, path,
                            "value " + (index + 1) + " of VR " + vr + " is not a number");
                }
            case TAG:
                return text.isBlank() ? null : tag(text.strip(), path, index);
            case PERSON_NAME:
                return PersonName.parse(text).orElse(null);
            case STRING:
            case TEXT:
                return text.isEmpty() ? null : text;
            default:
                throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path, "VR " + vr + " carries no value");
        }
    }

    static PersonName name(String[] groups) {
        boolean any = false;
        for (String group : groups) {
            any |= group != null && !group.isBlank();
        }
        return any ? new PersonName(groups[0], groups[1], groups[2]) : null;
    }

    private static BigDecimal number(VR vr, BigDecimal number, String path, int index) {
        if (vr.kind() == VR.Kind.INTEGER) {
            try {
                return new BigDecimal(number.toBigIntegerExact());
            } catch (ArithmeticException e) {
                throw new DicomFormatException(Reason.BAD_VALUE, path,
                        "value " + (index + 1) + " of VR " + vr + " is not an integer");
            }
        }
        return number;
    }

    private static Tag tag(String text, String path, int index) {
        return Tag.parse(text).orElseThrow(() -> new DicomFormatException(Reason.BAD_VALUE, path,
                "value " + (index + 1) + " of VR AT is not eight hexadecimal digits"));
    }

    private static String checkedLength(String text, String path, DicomLimits limits) {
        if (text.length() > limits.maxStringLength()) {
            throw new DicomFormatException(Reason.TOO_LARGE, path,
                    "a value is longer than " + limits.maxStringLength() + " characters");
        }
        return text;
    }

    private static DicomFormatException wrongType(VR vr, String expected, JsonNode found, String path, int index) {
        return new DicomFormatException(Reason.WRONG_VALUE_TYPE, path, "value " + (index + 1) + ": VR " + vr
                + " values are " + expected + ", found a " + DicomJson.kind(found));
    }
}
