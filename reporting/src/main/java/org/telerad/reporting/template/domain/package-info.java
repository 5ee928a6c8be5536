/** The versioned report template and where templates are kept. */
package org.telerad.reporting.template.domain;
