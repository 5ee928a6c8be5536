/**
 * The {@link org.telerad.routing.priors.domain.ArchivePriors} adapters over HTTP (JDK HttpClient): Orthanc's REST
 * API and dcm4chee-arc-light's QIDO-RS and DIMSE-retrieve REST service. The patient ID goes only into the query.
 */
package org.telerad.routing.priors.http;
