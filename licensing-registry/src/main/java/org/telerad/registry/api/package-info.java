/**
 * The licensing registry's public API: the only package other modules may import. Value types
 * ({@link org.telerad.registry.api.Jurisdiction}, {@link org.telerad.registry.api.Subspecialty},
 * {@link org.telerad.registry.api.ReadType}, {@link org.telerad.registry.api.Modality}), the eligibility
 * question routing asks ({@link org.telerad.registry.api.Eligibility},
 * {@link org.telerad.registry.api.EligibilityQuery}, {@link org.telerad.registry.api.EligibilityResult},
 * {@link org.telerad.registry.api.EligibilityRejection}) and the event the registry fires on every change
 * ({@link org.telerad.registry.api.RegistryChanged}), and facility recognition for intake
 * ({@link org.telerad.registry.api.FacilityDirectory}, {@link org.telerad.registry.api.StudyOrigin},
 * {@link org.telerad.registry.api.RecognisedFacility}, {@link org.telerad.registry.api.FacilityRecognition}),
 * and who each radiologist is (home country, NPI, username) for routing
 * ({@link org.telerad.registry.api.RadiologistDirectory}), and whether a radiologist is on shift at a facility
 * ({@link org.telerad.registry.api.ShiftAvailability}).
 */
package org.telerad.registry.api;
