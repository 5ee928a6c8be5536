/** HTTP conventions shared by reporting's resources: ETags from revisions, If-Match (428 / 412), paging. */
package org.telerad.reporting.rest;
