/**
 * Priors prefetch: once a reading task is assigned, Telerad asks the archive the study came from for the
 * patient's earlier studies and, when the residency rules allow the copy, has them brought where the reader
 * reads. {@code domain} holds the {@link org.telerad.routing.priors.domain.ArchivePriors} extension point and the
 * {@link org.telerad.routing.priors.domain.CopyWithinResidency} policy, {@code http} the Orthanc and dcm4chee
 * adapters, {@code application} the after-commit prefetch and its retry sweep, {@code persistence} the tables
 * {@code routing_prior} and {@code routing_prior_run}, {@code rest} {@code GET /api/tasks/{id}/priors}.
 */
package org.telerad.routing.priors;
