package org.telerad.shared.dicom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.telerad.shared.dicom.DicomFormatException.Reason;

/**
 * The Native DICOM Model ({@code application/dicom+xml}, PS3.19 Annex A): reads a
 * {@code <NativeDicomModel>} into the same {@link DicomAttributes} as {@link DicomJson} (and writes one), with the same
 * checks, limits and error codes ({@code TELERAD-DICOM-012} when the body is not well-formed XML). Uses the
 * JDK's own StAX implementation (not whatever the application server redirects to) with DTDs and external
 * entities disabled: a document with a DOCTYPE is refused. Instances are immutable and thread-safe.
 */
public final class DicomXml {

    private static final DicomXml STANDARD = new DicomXml(DicomLimits.defaults());
    private static final String[] PN_COMPONENTS = {"FamilyName", "GivenName", "MiddleName", "NamePrefix",
        "NameSuffix"};

    private final DicomLimits limits;
    private final XMLInputFactory factory;

    private DicomXml(DicomLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    public static DicomXml standard() {
        return STANDARD;
    }

    public static DicomXml withLimits(DicomLimits limits) {
        return new DicomXml(limits);
    }

    /** @throws DicomFormatException naming the tag path and the problem */
    public DicomAttributes read(InputStream xml) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new BoundedStream(xml, limits.maxBytes()));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new DicomFormatException(Reason.NOT_XML, "", "a DOCTYPE is not accepted");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!"NativeDicomModel".equals(reader.getLocalName())) {
                        throw new DicomFormatException(Reason.NOT_A_DATA_SET, "",
                                "the root element is not NativeDicomModel");
                    }
                    return new Walk(reader).dataSet("", 0, "NativeDicomModel");
                }
            }
            throw new DicomFormatException(Reason.NOT_XML, "", "the body holds no XML element");
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof DicomFormatException tooLarge) {
                throw tooLarge;
            }
            throw new DicomFormatException(Reason.NOT_XML, "", "the body is not well-formed XML" + at(e.getLocation()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    public DicomAttributes read(byte[] xml) {
        return read(new ByteArrayInputStream(xml));
    }

    public DicomAttributes read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The data set as a Native DICOM Model document, UTF-8, attributes ascending, with keywords where known. */
    public String write(DicomAttributes attributes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(attributes, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public void write(DicomAttributes attributes, OutputStream out) {
        try {
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement("NativeDicomModel");
            writer.writeAttribute("xml:space", "preserve");
            writeDataSet(attributes, writer);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write DICOM XML", e);
        }
    }

    private static void writeDataSet(DicomAttributes attributes, XMLStreamWriter out) throws XMLStreamException {
        for (DicomElement element : attributes.elements()) {
            out.writeStartElement("DicomAttribute");
            out.writeAttribute("tag", element.tag().hex());
            out.writeAttribute("vr", element.vr().name());
            Optional<String> keyword = element.tag().keyword();
            if (keyword.isPresent()) {
                out.writeAttribute("keyword", keyword.get());
            }
            if (element.bulkData() != null) {
                if (element.bulkData().isInline()) {
                    out.writeStartElement("InlineBinary");
                    out.writeCharacters(element.bulkData().inlineBinary());
                    out.writeEndElement();
                } else {
                    out.writeEmptyElement("BulkData");
                    out.writeAttribute("uri", element.bulkData().uri());
                }
            }
            List<Object> values = element.values();
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                String number = Integer.toString(i + 1);
                if (value instanceof DicomAttributes item) {
                    out.writeStartElement("Item");
                    out.writeAttribute("number", number);
                    writeDataSet(item, out);
                    out.writeEndElement();
                } else if (value instanceof PersonName name) {
                    out.writeStartElement("PersonName");
                    out.writeAttribute("number", number);
                    writeGroup("Alphabetic", name.alphabetic(), out);
                    writeGroup("Ideographic", name.ideographic(), out);
                    writeGroup("Phonetic", name.phonetic(), out);
                    out.writeEndElement();
                } else if (value != null) {
                    out.writeStartElement("Value");
                    out.writeAttribute("number", number);
                    out.writeCharacters(value instanceof BigDecimal n
                            ? element.vr().kind() == VR.Kind.INTEGER ? n.toPlainString() : n.toString()
                            : value instanceof Tag t ? t.hex() : (String) value);
                    out.writeEndElement();
                }
            }
            out.writeEndElement();
        }
    }

    private static void writeGroup(String name, String group, XMLStreamWriter out) throws XMLStreamException {
        if (group == null) {
            return;
        }
        out.writeStartElement(name);
        String[] components = group.split("\\^", -1);
        for (int i = 0; i < components.length && i < PN_COMPONENTS.length; i++) {
            if (!components[i].isEmpty()) {
                out.writeStartElement(PN_COMPONENTS[i]);
                out.writeCharacters(components[i]);
                out.writeEndElement();
            }
        }
        out.writeEndElement();
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private final class Walk {

        private final XMLStreamReader reader;
        private int count;

        Walk(XMLStreamReader reader) {
            this.reader = reader;
        }

        private void count(String path) {
            if (++count > limits.maxElements()) {
                throw new DicomFormatException(Reason.TOO_LARGE, path,
                        "more than " + limits.maxElements() + " attributes, values and items");
            }
        }

        /** Reads DicomAttribute children until the end of the enclosing element. */
        DicomAttributes dataSet(String path, int depth, String enclosing) throws XMLStreamException {
            DicomAttributes.Builder builder = DicomAttributes.builder();
            while (true) {
                int event = reader.nextTag();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return builder.build();
                }
                if (!"DicomAttribute".equals(reader.getLocalName())) {
                    throw new DicomFormatException(Reason.NOT_A_DATA_SET, path,
                            enclosing + " holds DicomAttribute elements, found " + reader.getLocalName());
                }
                String key = reader.getAttributeValue(null, "tag");
                Tag tag = Tag.parse(key).orElseThrow(() -> new DicomFormatException(Reason.BAD_TAG_KEY, path,
                        "a tag attribute is not eight hexadecimal digits"));
                String elementPath = path.isEmpty() ? tag.toString() : path + ">" + tag;
                count(elementPath);
                if (builder.has(tag)) {
                    throw new DicomFormatException(Reason.DUPLICATE_TAG, elementPath,
                            "the attribute appears twice in one data set");
                }
                builder.element(element(tag, elementPath, depth));
            }
        }

        private DicomElement element(Tag tag, String path, int depth) throws XMLStreamException {
            String code = reader.getAttributeValue(null, "vr");
            if (code == null) {
                throw new DicomFormatException(Reason.MISSING_VR, path, "the attribute has no vr");
            }
            VR vr = VR.parse(code).orElseThrow(() -> new DicomFormatException(Reason.UNKNOWN_VR, path,
                    "vr is not one of the value representations of PS3.5"));
            if (!StandardDictionary.allows(tag, vr)) {
                throw new DicomFormatException(Reason.WRONG_VR, path, tag.keyword().orElse("the attribute")
                        + " has VR " + StandardDictionary.vrsOf(tag).orElseThrow().get(0) + ", not " + vr);
            }
            if (vr == VR.SQ && depth + 1 > limits.maxDepth()) {
                throw new DicomFormatException(Reason.TOO_LARGE, path,
                        "sequences are nested deeper than " + limits.maxDepth() + " levels");
            }
            TreeMap<Integer, Object> values = new TreeMap<>();
            BulkData bulkData = null;
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String child = reader.getLocalName();
                int number = number(path, values.size() + 1);
                count(path);
                switch (child) {
                    case "Value" -> {
                        String text = reader.getElementText();
                        values.put(number, ValueText.fromText(vr, text, path, number - 1, limits));
                    }
                    case "PersonName" -> values.put(number, personName(path));
                    case "Item" -> {
                        if (vr != VR.SQ) {
                            throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path, "only VR SQ has items");
                        }
                        values.put(number, dataSet(path + "[" + (number - 1) + "]", depth + 1, "Item"));
                    }
                    case "BulkData" -> {
                        bulkData = BulkData.uri(Objects.requireNonNullElse(reader.getAttributeValue(null, "uri"), ""));
                        skip();
                    }
                    case "InlineBinary" -> {
                        String text = reader.getElementText().strip();
                        if (text.length() > limits.maxBinaryLength()) {
                            throw new DicomFormatException(Reason.TOO_LARGE, path,
                                    "InlineBinary is longer than " + limits.maxBinaryLength() + " characters");
                        }
                        bulkData = BulkData.inline(text);
                    }
                    default -> throw new DicomFormatException(Reason.BAD_ATTRIBUTE, path,
                            "a DicomAttribute holds Value, PersonName, Item, BulkData or InlineBinary, found "
                                    + child);
                }
            }
            if (bulkData != null) {
                if (!values.isEmpty() || vr == VR.SQ || vr == VR.PN) {
                    throw new DicomFormatException(Reason.BAD_ATTRIBUTE, path,
                            "an attribute has either values or bulk data");
                }
                return DicomElement.ofBulkData(tag, vr, bulkData);
            }
            if (!values.isEmpty() && vr.kind() == VR.Kind.BINARY) {
                throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path,
                        "VR " + vr + " carries InlineBinary or BulkData, not Value");
            }
            List<Object> ordered = new ArrayList<>();
            if (!values.isEmpty()) {
                for (int n = 1; n <= values.lastKey(); n++) {
                    Object value = values.get(n);
                    if (value == null && vr == VR.SQ) {
                        value = DicomAttributes.empty();
                    }
                    ordered.add(value);
                }
            }
            return DicomElement.of(tag, vr, ordered);
        }

        private int number(String path, int otherwise) {
            String text = reader.getAttributeValue(null, "number");
            if (text == null) {
                return otherwise;
            }
            try {
                int number = Integer.parseInt(text.strip());
                if (number < 1 || number > limits.maxElements()) {
                    throw new NumberFormatException();
                }
                return number;
            } catch (NumberFormatException e) {
                throw new DicomFormatException(Reason.BAD_ATTRIBUTE, path, "a number attribute is not 1, 2, ...");
            }
        }

        private PersonName personName(String path) throws XMLStreamException {
            String[] groups = new String[3];
            while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                int group = switch (reader.getLocalName()) {
                    case "Alphabetic" -> 0;
                    case "Ideographic" -> 1;
                    case "Phonetic" -> 2;
                    default -> throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path,
                            "a PersonName holds Alphabetic, Ideographic or Phonetic groups");
                };
                String[] components = new String[PN_COMPONENTS.length];
                while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    int index = List.of(PN_COMPONENTS).indexOf(reader.getLocalName());
                    if (index < 0) {
                        throw new DicomFormatException(Reason.WRONG_VALUE_TYPE, path,
                                "a name group holds FamilyName, GivenName, MiddleName, NamePrefix, NameSuffix");
                    }
                    components[index] = reader.getElementText();
                }
                int last = components.length - 1;
                while (last >= 0 && (components[last] == null || components[last].isEmpty())) {
                    last--;
                }
                StringBuilder text = new StringBuilder();
                for (int i = 0; i <= last; i++) {
                    text.append(i > 0 ? "^" : "").append(components[i] == null ? "" : components[i]);
                }
                groups[group] = text.toString();
            }
            return ValueText.name(groups);
        }

        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }
    }

    /** Stops reading past the byte limit, so an oversized body is refused before it is buffered. */
    private static final class BoundedStream extends java.io.FilterInputStream {

        private final long max;
        private long read;

        BoundedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                account(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                account(n);
            }
            return n;
        }

        private void account(long n) {
            read += n;
            if (read > max) {
                throw new DicomFormatException(Reason.TOO_LARGE, "", "the body is larger than " + max + " bytes");
            }
        }
    }
}
