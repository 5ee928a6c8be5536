/**
 * Value types the registry's features share: paging, validity periods, access decisions and the collector
 * that turns many invalid inputs into one answer naming every offending field.
 */
package org.telerad.registry.common.domain;
