/** JPA mapping of radiologists (tables registry_radiologist*, created by Flyway) and their repository. */
package org.telerad.registry.radiologist.persistence;
