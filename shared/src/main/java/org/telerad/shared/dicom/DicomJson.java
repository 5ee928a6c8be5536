package org.telerad.shared.dicom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.telerad.shared.dicom.DicomFormatException.Reason;

/**
 * The DICOM JSON model ({@code application/dicom+json}, PS3.18 Annex F.2): reads a data set or a list of
 * data sets (as QIDO-RS answers) into {@link DicomAttributes}, and writes them as compact UTF-8 JSON with
 * tags ascending, person names as {@code {"Alphabetic":...}} and empty attributes as {@code {"vr":"XX"}}.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} uses {@link DicomLimits#defaults()}.
 * See the package documentation for what reading accepts and refuses.
 */
public final class DicomJson {

    private static final DicomJson STANDARD = new DicomJson(DicomLimits.defaults());

    private final DicomLimits limits;
    private final ObjectMapper mapper;

    private DicomJson(DicomLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxBytes())
                .maxNestingDepth(3 * limits.maxDepth() + 8)
                .maxStringLength(Math.max(limits.maxStringLength(), limits.maxBinaryLength()) + 1)
                .build());
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.mapper = mapper;
    }

    /** Reading with {@link DicomLimits#defaults()}. */
    public static DicomJson standard() {
        return STANDARD;
    }

    public static DicomJson withLimits(DicomLimits limits) {
        return new DicomJson(limits);
    }

    public DicomLimits limits() {
        return limits;
    }

    /**
     * One data set: a JSON object, or an array holding exactly one (some clients wrap it).
     *
     * @throws DicomFormatException naming the tag path and the problem
     */
    public DicomAttributes read(InputStream json) {
        JsonNode root = parse(json);
        if (root.isArray()) {
            if (root.size() != 1) {
                throw new DicomFormatException(Reason.NOT_A_DATA_SET, "",
                        "expected one data set, found an array of " + root.size());
            }
            return new TreeReader(limits).dataSet(root.get(0), "[0]", 0);
        }
        return new TreeReader(limits).dataSet(root, "", 0);
    }

    public DicomAttributes read(byte[] json) {
        return read(new ByteArrayInputStream(json));
    }

    public DicomAttributes read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A list of data sets: a JSON array of objects (as QIDO-RS answers), or one object. */
    public List<DicomAttributes> readList(InputStream json) {
        JsonNode root = parse(json);
        TreeReader reader = new TreeReader(limits);
        if (!root.isArray()) {
            return List.of(reader.dataSet(root, "", 0));
        }
        List<DicomAttributes> list = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            reader.count("[" + i + "]");
            list.add(reader.dataSet(root.get(i), "[" + i + "]", 0));
        }
        return List.copyOf(list);
    }

    public List<DicomAttributes> readList(byte[] json) {
        return readList(new ByteArrayInputStream(json));
    }

    public List<DicomAttributes> readList(String json) {
        return readList(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Compact JSON, tags ascending. */
    public String write(DicomAttributes attributes) {
        return new String(writeBytes(attributes), StandardCharsets.UTF_8);
    }

    public byte[] writeBytes(DicomAttributes attributes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(attributes, out);
        return out.toByteArray();
    }

    public void write(DicomAttributes attributes, OutputStream out) {
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            writeDataSet(attributes, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of data sets, as a QIDO-RS or UPS-RS search answers. */
    public String writeList(List<DicomAttributes> list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeList(list, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public void writeList(List<DicomAttributes> list, OutputStream out) {
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartArray();
            for (DicomAttributes attributes : list) {
                writeDataSet(attributes, generator);
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(InputStream json) {
        try {
            JsonNode root = mapper.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new DicomFormatException(Reason.NOT_JSON, "", "the body is empty, not DICOM JSON");
            }
            if (!root.isObject() && !root.isArray()) {
                throw new DicomFormatException(Reason.NOT_A_DATA_SET, "",
                        "the body is a JSON " + kind(root) + ", not a data set object or an array of them");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new DicomFormatException(Reason.TOO_LARGE, "",
                    "the body exceeds the accepted size, nesting depth or value length" + at(e.getLocation()));
        } catch (JsonParseException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Duplicate field")) {
                throw new DicomFormatException(Reason.DUPLICATE_TAG, "",
                        "an attribute appears twice in one data set" + at(e.getLocation()));
            }
            throw new DicomFormatException(Reason.NOT_JSON, "", "the body is not valid JSON" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new DicomFormatException(Reason.NOT_JSON, "", "the body is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isNull() ? "null" : "value";
    }

    /** Walks a parsed tree, counting elements against the limits and keeping the tag path. */
    private static final class TreeReader {

        private final DicomLimits limits;
        private int count;

        TreeReader(DicomLimits limits) {
            this.limits = limits;
        }

        void count(String path) {
            if (++count > limits.maxElements()) {
                throw new DicomFormatException(Reason.TOO_LARGE, path,
                        "more than " + limits.maxElements() + " attributes, values and items");
            }
        }

        DicomAttributes dataSet(JsonNode node, String path, int depth) {
            if (!node.isObject()) {
                throw new DicomFormatException(Reason.NOT_A_DATA_SET, path,
                        "a data set is a JSON object, found a " + kind(node));
            }
            DicomAttributes.Builder builder = DicomAttributes.builder();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Tag tag = Tag.parse(field.getKey()).orElseThrow(() -> new DicomFormatException(Reason.BAD_TAG_KEY,
                        path, "the key " + describeKey(field.getKey()) + " is not eight hexadecimal digits"));
                String elementPath = path.isEmpty() ? tag.toString() : path + ">" + tag;
                count(elementPath);
                builder.element(element(tag, field.getValue(), elementPath, depth));
            }
            return builder.build();
        }

        private static String describeKey(String key) {
            return key.matches("[A-Za-z0-9]{1,16}") ? "\"" + key + "\"" : "of " + key.length() + " characters";
        }

        private DicomElement element(Tag tag, JsonNode node, String path, int depth) {
            if (!node.isObject()) {
                throw new DicomFormatException(Reason.BAD_ATTRIBUTE, path,
                        "an attribute is a JSON object with a \"vr\", found a " + kind(node));
            }
            JsonNode vrNode = node.get("vr");
            if (vrNode == null || vrNode.isNull()) {
                throw new DicomFormatException(Reason.MISSING_VR, path, "the attribute has no \"vr\"");
            }
            VR vr = (vrNode.isTextual() ? VR.parse(vrNode.textValue()) : java.util.Optional.<VR>empty())
                    .orElseThrow(() -> new DicomFormatException(Reason.UNKNOWN_VR, path,
                            "\"vr\" is not one of the value representations of PS3.5"));
            if (!StandardDictionary.allows(tag, vr)) {
                throw new DicomFormatException(Reason.WRONG_VR, path, tag.keyword().orElse("the attribute")
                        + " has VR " + StandardDictionary.vrsOf(tag).orElseThrow().get(0) + ", not " + vr);
            }
            JsonNode value = node.get("Value");
            JsonNode inline = node.get("InlineBinary");
            JsonNode uri = node.get("BulkDataURI");
            int forms = (present(value) ? 1 : 0) + (present(inline) ? 1 : 0) + (present(uri) ? 1 : 0);
            if (forms > 1) {
                throw new DicomFormatException(Reason.BAD_ATTRIBUTE, path,
                        "an attribute has only one of \"Value\", \"InlineBinary\" and \"BulkDataURI\"");
            }
            if (present(inline) || present(uri)) {
                if (vr == VR.SQ || vr == VR.PN) {
                    throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path,
                            "VR " + vr + " carries \"Value\", not bulk data");
                }
                JsonNode text = present(inline) ? inline : uri;
                String member = present(inline) ? "InlineBinary" : "BulkDataURI";
                if (!text.isTextual()) {
                    throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path,
                            "\"" + member + "\" is a JSON string, found a " + kind(text));
                }
                int max = present(inline) ? limits.maxBinaryLength() : limits.maxStringLength();
                if (text.textValue().length() > max) {
                    throw new DicomFormatException(Reason.TOO_LARGE, path,
                            "\"" + member + "\" is longer than " + max + " characters");
                }
                return DicomElement.ofBulkData(tag, vr, present(inline) ? BulkData.inline(text.textValue())
                        : BulkData.uri(text.textValue()));
            }
            if (!present(value)) {
                return DicomElement.empty(tag, vr);
            }
            if (!value.isArray()) {
                throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path,
                        "\"Value\" is a JSON array, found a " + kind(value));
            }
            if (vr.kind() == VR.Kind.BINARY && value.size() > 0) {
                throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path,
                        "VR " + vr + " carries \"InlineBinary\" or \"BulkDataURI\", not \"Value\"");
            }
            if (vr == VR.SQ && depth + 1 > limits.maxDepth()) {
                throw new DicomFormatException(Reason.TOO_LARGE, path,
                        "sequences are nested deeper than " + limits.maxDepth() + " levels");
            }
            List<Object> values = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                count(path);
                JsonNode item = value.get(i);
                if (vr == VR.SQ) {
                    values.add(dataSet(item, path + "[" + i + "]", depth + 1));
                } else {
                    values.add(ValueText.fromJson(vr, item, path, i, limits));
                }
            }
            return DicomElement.of(tag, vr, values);
        }

        private static boolean present(JsonNode node) {
            return node != null && !node.isNull();
        }
    }

    private static void writeDataSet(DicomAttributes attributes, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (DicomElement element : attributes.elements()) {
            out.writeFieldName(element.tag().hex());
            out.writeStartObject();
            out.writeStringField("vr", element.vr().name());
            if (element.bulkData() != null) {
                BulkData data = element.bulkData();
                out.writeStringField(data.isInline() ? "InlineBinary" : "BulkDataURI",
                        data.isInline() ? data.inlineBinary() : data.uri());
            } else if (!element.values().isEmpty()) {
                out.writeArrayFieldStart("Value");
                for (Object value : element.values()) {
                    writeValue(element.vr(), value, out);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void writeValue(VR vr, Object value, JsonGenerator out) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof DicomAttributes item) {
            writeDataSet(item, out);
        } else if (value instanceof PersonName name) {
            out.writeStartObject();
            if (name.alphabetic() != null) {
                out.writeStringField("Alphabetic", name.alphabetic());
            }
            if (name.ideographic() != null) {
                out.writeStringField("Ideographic", name.ideographic());
            }
            if (name.phonetic() != null) {
                out.writeStringField("Phonetic", name.phonetic());
            }
            out.writeEndObject();
        } else if (value instanceof BigDecimal number) {
            if (vr.kind() == VR.Kind.INTEGER && number.scale() <= 0) {
                out.writeNumber(number.toBigIntegerExact());
            } else {
                out.writeNumber(number);
            }
        } else if (value instanceof Tag tag) {
            out.writeString(tag.hex());
        } else {
            out.writeString((String) value);
        }
    }
}
