/**
 * Eligibility over REST: {@code GET /api/eligibility?facility=tx-dallas&modality=CT&readType=final
 * &subspecialty=neuro&at=2026-07-01T14:00:00Z} answers who may read such a study there and then, and why
 * every other radiologist may not.
 */
package org.telerad.registry.eligibility.rest;
