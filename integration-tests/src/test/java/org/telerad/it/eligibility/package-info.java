/**
 * Integration tests of {@code /api/eligibility} against the deployed WAR: who may read a study from a
 * facility, explanations of exclusions, freshness after a change, and who may ask.
 */
package org.telerad.it.eligibility;
