package org.telerad.routing.dicomweb.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArchiveUrlRewritingTest {

    final ArchiveUrlRewriting rewriting = new ArchiveUrlRewriting("http://127.0.0.1:8042/dicom-web",
            "http://127.0.0.1:8080/telerad/dicom-web");

    String copy(String json) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rewriting.copy(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_retrieve_url_of_a_qido_answer_points_at_the_gateway() throws IOException {
        String answer = copy("""
                [{"0020000D":{"vr":"UI","Value":["1.2.3"]},\
                "00081190":{"vr":"UR","Value":["http://127.0.0.1:8042/dicom-web/studies/1.2.3"]}}]""");

        assertThat(answer).isEqualTo("[{\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]},"
                + "\"00081190\":{\"vr\":\"UR\","
                + "\"Value\":[\"http://127.0.0.1:8080/telerad/dicom-web/studies/1.2.3\"]}}]");
    }

    @Test
    void bulk_data_uris_of_metadata_point_at_the_gateway_and_numbers_stay_numbers() throws IOException {
        String answer = copy("""
                [{"00280010":{"vr":"US","Value":[512]},"7FE00010":{"vr":"OW",\
                "BulkDataURI":"http://127.0.0.1:8042/dicom-web/studies/1.2.3/series/4/instances/5/bulk/7fe00010"}}]""");

        assertThat(answer).contains("\"Value\":[512]")
                .contains("\"BulkDataURI\":\"http://127.0.0.1:8080/telerad/dicom-web/studies/1.2.3/series/4/")
                .doesNotContain("8042");
    }

    @Test
    void decimal_strings_and_numbers_keep_their_exact_digits() throws IOException {
        String json = "[{\"00280030\":{\"vr\":\"DS\",\"Value\":[0.48828125,0.1000000000000000055511151231257827]},"
                + "\"00181050\":{\"vr\":\"DS\",\"Value\":[1E+1]}}]";

        assertThat(copy(json)).contains("0.48828125").contains("0.1000000000000000055511151231257827");
    }

    @Test
    void other_strings_and_look_alike_hosts_are_left_alone() {
        assertThat(rewriting.rewrite("http://127.0.0.1:8042/dicom-webX/studies")).isEqualTo(
                "http://127.0.0.1:8042/dicom-webX/studies");
        assertThat(rewriting.rewrite("Doe^John")).isEqualTo("Doe^John");
        assertThat(rewriting.rewrite("http://127.0.0.1:8042/dicom-web")).isEqualTo(
                "http://127.0.0.1:8080/telerad/dicom-web");
    }
}
