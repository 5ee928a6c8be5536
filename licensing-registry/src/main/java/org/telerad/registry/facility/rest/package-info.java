/** REST resource for facilities under {@code /api/facilities} (addressed by id or code). */
package org.telerad.registry.facility.rest;
