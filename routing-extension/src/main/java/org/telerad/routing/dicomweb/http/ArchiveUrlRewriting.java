package org.telerad.routing.dicomweb.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Copies a DICOM JSON answer token by token (streaming, whatever its size), replacing the archive's DICOMweb base
 * URL at the start of any string — Retrieve URL (0008,1190), BulkDataURI — by the gateway's own, so the viewer's
 * next requests come back through the gateway instead of going to the archive directly.
 */
public final class ArchiveUrlRewriting {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String archiveBase;
    private final String gatewayBase;

    /** Both bases without trailing slash. */
    public ArchiveUrlRewriting(String archiveBase, String gatewayBase) {
        this.archiveBase = archiveBase;
        this.gatewayBase = gatewayBase;
    }

    public void copy(InputStream in, OutputStream out) throws IOException {
        try (JsonParser parser = JSON.createParser(in);
                JsonGenerator generator = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    generator.writeString(rewrite(parser.getText()));
                } else {
                    generator.copyCurrentEventExact(parser); // decimals keep their digits
                }
            }
        }
    }

    String rewrite(String value) {
        if (value.startsWith(archiveBase)
                && (value.length() == archiveBase.length() || value.charAt(archiveBase.length()) == '/'
                        || value.charAt(archiveBase.length()) == '?')) {
            return gatewayBase + value.substring(archiveBase.length());
        }
        return value;
    }
}
