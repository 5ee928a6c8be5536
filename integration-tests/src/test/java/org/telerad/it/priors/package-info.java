/** Priors prefetch against the deployed WAR and the test stack's Orthanc. */
package org.telerad.it.priors;
