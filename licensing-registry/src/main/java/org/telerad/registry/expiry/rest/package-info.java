/** REST resource for the expiry report under {@code /api/expiring}. */
package org.telerad.registry.expiry.rest;
