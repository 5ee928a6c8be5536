/** REST resource for privileges under {@code /api/privileges}. */
package org.telerad.registry.privilege.rest;
