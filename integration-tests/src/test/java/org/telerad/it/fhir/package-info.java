/**
 * Integration tests of the FHIR R4 interface at {@code /telerad/fhir}, driven by HAPI's generic client with
 * Keycloak bearer tokens against the deployed WAR: load the registry via FHIR, read it via REST and back.
 */
package org.telerad.it.fhir;
