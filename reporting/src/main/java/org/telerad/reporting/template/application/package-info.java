/** Template use cases: list, read, suggest for a study, create and revise (credentialing admins, audited). */
package org.telerad.reporting.template.application;
