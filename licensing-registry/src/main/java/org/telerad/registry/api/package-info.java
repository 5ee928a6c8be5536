/**
 * The licensing registry's public API: the only package other modules may import. Value types
 * ({@link org.telerad.registry.api.Jurisdiction}, {@link org.telerad.registry.api.Subspecialty},
 * {@link org.telerad.registry.api.ReadType}) and the eligibility question routing asks.
 */
package org.telerad.registry.api;
