package org.telerad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaRoutesTest {

    @Test
    void the_root_and_the_apps_deep_links_are_answered_with_the_app() {
        assertThat(SpaRoutes.isAppRoute("/")).isTrue();
        assertThat(SpaRoutes.isAppRoute("")).isTrue();
        assertThat(SpaRoutes.isAppRoute("/worklist")).isTrue();
        assertThat(SpaRoutes.isAppRoute("/studies/1.2.840.113619.2.55.3.604688119")).isTrue();
        assertThat(SpaRoutes.isAppRoute("/tasks/2.25.1234")).isTrue();
        assertThat(SpaRoutes.isAppRoute("/registry/radiologists")).isTrue();
        assertThat(SpaRoutes.isAppRoute("/callback")).isTrue();
    }

    @Test
    void apis_assets_and_other_servlets_are_never_answered_with_the_app() {
        assertThat(SpaRoutes.isAppRoute("/api/tasks/2.25.1/routing")).isFalse();
        assertThat(SpaRoutes.isAppRoute("/fhir/metadata")).isFalse();
        assertThat(SpaRoutes.isAppRoute("/rs/workitems")).isFalse();
        assertThat(SpaRoutes.isAppRoute("/ws/subscribers/RAD")).isFalse();
        assertThat(SpaRoutes.isAppRoute("/assets/index-abc123.js")).isFalse();
        assertThat(SpaRoutes.isAppRoute("/ui-config.json")).isFalse();
        assertThat(SpaRoutes.isAppRoute("/tasksx")).isFalse();
        assertThat(SpaRoutes.isAppRoute("/tasks/../api/me")).isFalse();
    }

    @Test
    void only_build_assets_are_cacheable() {
        assertThat(SpaRoutes.isHashedAsset("/assets/index-abc123.js")).isTrue();
        assertThat(SpaRoutes.isHashedAsset("/index.html")).isFalse();
        assertThat(SpaRoutes.isHashedAsset("/api/assets/x")).isFalse();
    }
}
