/** Events of the deployment's life cycle that modules observe (for example, to seed data once the schema exists). */
package org.telerad.shared.lifecycle;
