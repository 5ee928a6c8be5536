/**
 * Archive configuration use cases: credentialing admins configure archives (their static credential is write-only
 * and audited without its secret), and every {@code /archive-rs} request is authenticated against those
 * credentials ({@link org.telerad.routing.archive.application.ArchiveAuthentication}).
 */
package org.telerad.routing.archive.application;
