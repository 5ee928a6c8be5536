/** REST conventions the registry's resources share: ETag from the record version, If-Match, paging parameters. */
package org.telerad.registry.common.rest;
