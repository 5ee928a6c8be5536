/**
 * Licenses to practise: where (a jurisdiction), which (number and type), in what state (active, suspended,
 * revoked), for which days, and whether the issuing board confirmed it (primary-source verification).
 */
package org.telerad.registry.license.domain;
