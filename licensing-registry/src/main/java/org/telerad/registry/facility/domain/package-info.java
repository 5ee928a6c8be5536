/**
 * Facilities: the hospitals and imaging centres whose studies Telerad reads, where their patients are
 * scanned (jurisdiction), where their data must stay (residency region), their time zone and the
 * identifiers by which their studies are recognised.
 */
package org.telerad.registry.facility.domain;
