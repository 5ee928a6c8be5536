/**
 * Verification of the audit trail's hash chain: walks it in sequence order and names the first broken entry.
 * Plain JDBC and the JDK only, so that {@link org.telerad.shared.audit.verification.AuditVerifyCommand} runs from
 * the launcher with nothing but this jar and the PostgreSQL driver on the class path.
 */
package org.telerad.shared.audit.verification;
