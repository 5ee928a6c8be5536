/**
 * Eligibility, the application: {@link org.telerad.registry.eligibility.application.RegistryEligibility} keeps
 * the current {@link org.telerad.registry.eligibility.domain.RegistrySnapshot} (reloaded after a
 * {@link org.telerad.registry.api.RegistryChanged} event and whenever the database's registry revision moved,
 * which covers changes made on other nodes) and is the {@link org.telerad.registry.api.Eligibility} bean
 * routing injects; {@link org.telerad.registry.eligibility.application.EligibilityInquiry} serves people and
 * services asking over REST: who may ask about which facility, and the audit entry for the answer.
 */
package org.telerad.registry.eligibility.application;
