/** Reading tasks in PostgreSQL (plain JDBC on {@code TeleradDS}, inside the caller's JTA transaction). */
package org.telerad.routing.task.persistence;
