/**
 * Configured archives: the PACS (dcm4chee-arc-light, Orthanc) that send Telerad work, each with its DICOMweb base
 * URL, AE titles, time zone and the credential (Keycloak client id) it uses to call Telerad. An incoming request
 * is attributed to an archive by that credential, never by what its payload claims.
 */
package org.telerad.routing.archive;
