/** JPA mapping of privileges (table registry_privilege, created by Flyway) and their repository. */
package org.telerad.registry.privilege.persistence;
