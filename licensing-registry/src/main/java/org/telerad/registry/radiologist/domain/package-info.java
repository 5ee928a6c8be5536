/**
 * Radiologists: who they are (name, identifiers such as the NPI, e-mail, Keycloak username), what they
 * read (subspecialties), where they live (home country) and whether they are active. No persistence or
 * protocol types here.
 */
package org.telerad.registry.radiologist.domain;
