/** JPA mapping of facilities (tables registry_facility*, created by Flyway) and their repository. */
package org.telerad.registry.facility.persistence;
