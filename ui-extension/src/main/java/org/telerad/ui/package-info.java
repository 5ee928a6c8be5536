/**
 * Serving the web UI from the WAR: the built single-page app lives in this jar's {@code META-INF/resources}
 * (served by the servlet container's default servlet), {@link org.telerad.ui.SpaFallbackFilter} answers the app's
 * deep links ({@code /telerad/studies/{uid}}, {@code /telerad/tasks/{uid}}, ...) with {@code index.html}, and
 * {@link org.telerad.ui.UiConfigServlet} tells the app where Keycloak is. Registered by this jar's
 * {@code META-INF/web-fragment.xml}; nothing here touches {@code /api}, {@code /fhir}, {@code /rs} or {@code /ws}.
 */
package org.telerad.ui;
