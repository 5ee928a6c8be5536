/** The expiry report: licenses and privileges whose validity ends within N days, overall or per facility. */
package org.telerad.registry.expiry.application;
