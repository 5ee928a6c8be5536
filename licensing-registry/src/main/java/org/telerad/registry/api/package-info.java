/**
 * The licensing registry's public API: the only package other modules may import. Value types
 * ({@link org.telerad.registry.api.Jurisdiction}, {@link org.telerad.registry.api.Subspecialty},
 * {@link org.telerad.registry.api.ReadType}, {@link org.telerad.registry.api.Modality}), the eligibility
 * question routing asks ({@link org.telerad.registry.api.Eligibility},
 * {@link org.telerad.registry.api.EligibilityQuery}, {@link org.telerad.registry.api.EligibilityResult},
 * {@link org.telerad.registry.api.EligibilityRejection}) and the event the registry fires on every change
 * ({@link org.telerad.registry.api.RegistryChanged}).
 */
package org.telerad.registry.api;
