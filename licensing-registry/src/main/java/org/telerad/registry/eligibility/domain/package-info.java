/**
 * Eligibility, the domain: an immutable in-memory {@link org.telerad.registry.eligibility.domain.RegistrySnapshot}
 * of radiologists with their licenses and privileges (indexed by facility and by the facility's
 * jurisdiction), the named {@link org.telerad.registry.eligibility.domain.EligibilityPolicy policies} that
 * allow or reject a candidate with a reason, and
 * {@link org.telerad.registry.eligibility.domain.SnapshotEligibility}, which asks every policy about every
 * radiologist. No persistence, no REST, no CDI: it runs the same in a unit test, a benchmark and WildFly.
 */
package org.telerad.registry.eligibility.domain;
