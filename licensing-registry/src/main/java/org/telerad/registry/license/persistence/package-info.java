/** JPA mapping of licenses (table registry_license, created by Flyway) and their repository. */
package org.telerad.registry.license.persistence;
