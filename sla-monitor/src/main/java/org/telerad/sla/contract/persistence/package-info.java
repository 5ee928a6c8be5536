/** Turnaround contract versions in PostgreSQL (plain JDBC on {@code TeleradDS}, insert-only tables). */
package org.telerad.sla.contract.persistence;
