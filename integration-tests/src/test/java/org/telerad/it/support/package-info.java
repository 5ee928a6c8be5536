/**
 * Test support for the integration tests: where the running stack is ({@link org.telerad.it.support.Stack})
 * and how to get Keycloak tokens, REST specifications and database connections for it.
 */
package org.telerad.it.support;
