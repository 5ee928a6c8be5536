/**
 * Runs the priors prefetch after an assignment commits (on the managed executor, never inside or before the
 * assignment), retries failed prefetches with a small sweep, and serves the recorded priors with access checks.
 */
package org.telerad.routing.priors.application;
