/**
 * Test support for the integration tests: where the running stack is ({@link org.telerad.it.support.Stack})
 * and how to get Keycloak tokens, REST specifications and database connections for it.
 * {@link org.telerad.it.support.EhrReceivers} plays a hospital's result receivers (a HAPI FHIR server and a HAPI
 * MLLP receiver on loopback ports) for the result delivery ITs.
 */
package org.telerad.it.support;
