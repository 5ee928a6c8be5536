/** {@code GET /api/me}: who the token says the caller is. */
package org.telerad.shared.security.rest;
