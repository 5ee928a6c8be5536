/**
 * Who is calling: realm roles and the facilities a facility admin manages, taken from the Keycloak token
 * that WildFly's elytron-oidc-client has already verified.
 */
package org.telerad.shared.security;
