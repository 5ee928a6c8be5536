/**
 * Result channels of a facility: where its signed reports go
 * ({@link org.telerad.reporting.delivery.channel.domain.Endpoint}: a FHIR R4 server with its authentication, or an
 * HL7 v2 MLLP receiver), and the extension point
 * {@link org.telerad.reporting.delivery.channel.domain.ResultChannel} that delivers one signed version to one endpoint.
 * No HAPI, JAX-RS or persistence types here.
 */
package org.telerad.reporting.delivery.channel.domain;
