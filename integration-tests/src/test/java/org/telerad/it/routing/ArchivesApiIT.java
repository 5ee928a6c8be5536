package org.telerad.it.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import io.restassured.response.Response;

/** {@code /api/archives}: credentialing admins configure archives; secrets are write-only; changes need If-Match. */
class ArchivesApiIT {

    static Map<String, Object> archive(String name, String viewer) {
        return archive(name, viewer, "it-secret-token-" + UUID.randomUUID() + UUID.randomUUID());
    }

    static Map<String, Object> archive(String name, String viewer, String secret) {
        return Map.of("name", name, "dicomWebBaseUrl", "http://127.0.0.1:9/dcm4chee-arc/aets/DCM4CHEE/rs",
                "aeTitles", List.of("DCM4CHEE"), "timeZone", "Europe/Berlin", "viewerUrlTemplate", viewer,
                "credential", Map.of("kind", "bearer-token", "token", secret));
    }

    static String newName() {
        return "it-api-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_configured_archive_answers_its_credential_kind_but_never_the_secret() {
        String name = newName();
        String secret = "it-secret-token-" + UUID.randomUUID() + UUID.randomUUID();
        Response created = Stack.api("credentialing").body(archive(name,
                "http://127.0.0.1:9/dcm4chee-arc/ui2/#/study/study?StudyInstanceUID={studyInstanceUid}", secret))
                .post("/archives");

        created.then().statusCode(201).header("ETag", "\"0\"").body("credential.kind", equalTo("bearer-token"));
        assertThat(created.asString()).doesNotContain(secret);
        Response read = Stack.api("credentialing").get("/archives/" + name);
        read.then().statusCode(200).body("viewerUrlTemplate", equalTo(
                "http://127.0.0.1:9/dcm4chee-arc/ui2/#/study/study?StudyInstanceUID={studyInstanceUid}"))
                .body("active", equalTo(true));
        assertThat(read.asString()).doesNotContain(secret).doesNotContain("hash");
        Stack.api("credentialing").queryParam("size", "200").get("/archives").then().statusCode(200)
                .body("items.name", hasItem(name));
    }

    @Test
    void a_revision_needs_if_match_and_a_stale_one_is_refused() {
        String name = newName();
        Stack.api("credentialing").body(archive(name, "/ohif/viewer?StudyInstanceUIDs={studyInstanceUid}"))
                .post("/archives").then().statusCode(201);
        Map<String, Object> revised = Map.of("dicomWebBaseUrl", "http://127.0.0.1:9/dicom-web", "aeTitles",
                List.of("NEWAE"), "timeZone", "UTC", "viewerUrlTemplate",
                "http://ohif.example.org/viewer?StudyInstanceUIDs={studyInstanceUid}");

        Stack.api("credentialing").body(revised).put("/archives/" + name).then().statusCode(428);
        Stack.api("credentialing").header("If-Match", "\"0\"").body(revised).put("/archives/" + name).then()
                .statusCode(200).header("ETag", "\"1\"").body("aeTitles[0]", equalTo("NEWAE"))
                .body("credential.kind", equalTo("bearer-token"));
        Stack.api("credentialing").header("If-Match", "\"0\"").body(revised).put("/archives/" + name).then()
                .statusCode(412);
    }

    @Test
    void only_credentialing_admins_see_or_change_archives() {
        Stack.api("rad-tx").get("/archives").then().statusCode(403);
        Stack.api("facility-admin-tx").body(archive(newName(), "/v?s={studyInstanceUid}")).post("/archives").then()
                .statusCode(403);
        Stack.anonymous().get("/archives").then().statusCode(401);
    }

    @Test
    void a_bad_viewer_template_or_short_token_is_refused_with_a_reason() {
        Stack.api("credentialing").body(Map.of("name", newName(), "dicomWebBaseUrl", "http://127.0.0.1:9/dicom-web",
                "viewerUrlTemplate", "http://viewer/?token=abc&s={studyInstanceUid}")).post("/archives").then()
                .statusCode(400).body("code", equalTo("TELERAD-VIEWER-003"));
        Stack.api("credentialing").body(Map.of("name", newName(), "dicomWebBaseUrl", "http://127.0.0.1:9/dicom-web",
                "credential", Map.of("kind", "bearer-token", "token", "short"))).post("/archives").then()
                .statusCode(400).body("code", equalTo("TELERAD-ARCHIVE-010"));
    }
}
