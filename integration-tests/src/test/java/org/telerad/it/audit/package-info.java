/** Integration tests of the audit trail: tamper detection through the API and the launcher's audit-verify. */
package org.telerad.it.audit;
