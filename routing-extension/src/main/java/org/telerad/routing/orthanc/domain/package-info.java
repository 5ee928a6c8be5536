/**
 * The Orthanc connector's domain: Orthanc's change log and studies in Telerad's words, the STAT rule, and the
 * decision which changes become reading requests. Ports: {@link org.telerad.routing.orthanc.domain.OrthancApi},
 * {@link org.telerad.routing.orthanc.domain.ChangeCursors}.
 */
package org.telerad.routing.orthanc.domain;
