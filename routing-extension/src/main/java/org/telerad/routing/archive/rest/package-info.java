/** {@code /api/archives}: credentialing admins configure the archives that send Telerad work. */
package org.telerad.routing.archive.rest;
