/**
 * JDBC adapters for priors: {@code routing_prior} and {@code routing_prior_run}, the priors columns of
 * {@code routing_archive}, the registry facilities' residency region, and the reading tasks prefetch reads.
 */
package org.telerad.routing.priors.persistence;
