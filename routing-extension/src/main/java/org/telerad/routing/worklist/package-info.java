/**
 * The web UI's read model of reading tasks: the worklist (open tasks, mine first, by due time) and one task's
 * page, as plain JSON under {@code /api/worklist}, and a server-sent events stream that tells a browser when to
 * read it again. Read-only: claiming and completing go through UPS-RS, releasing through
 * {@code /api/tasks/{id}/release}.
 */
package org.telerad.routing.worklist;
