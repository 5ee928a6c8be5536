// The app's routes under /telerad/ (keep the first segments in step with org.telerad.ui.SpaRoutes).

export const BASE = '/telerad';

export type Route =
  | { name: 'home' }
  | { name: 'worklist' }
  | { name: 'task'; taskId: string }
  | { name: 'study'; studyUid: string }
  | { name: 'radiologists' }
  | { name: 'radiologist'; id: string }
  | { name: 'facilities' }
  | { name: 'privileges' }
  | { name: 'expiring' }
  | { name: 'sla' }
  | { name: 'board' }
  | { name: 'audit' }
  | { name: 'callback' }
  | { name: 'signed-out' }
  | { name: 'not-found'; path: string };

const UID = /^[0-9]+(\.[0-9]+)*$/;

/** The route of a path inside the app (with or without the /telerad prefix). */
export function parseRoute(pathname: string): Route {
  let path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  path = path.replace(/\/+$/, '');
  if (path === '' || path === '/index.html') return { name: 'home' };
  const parts = path.split('/').slice(1).map(safeDecode);
  if (parts.some((p) => p === null)) return { name: 'not-found', path };
  const [first, second, third] = parts as string[];
  switch (first) {
    case 'worklist':
      return parts.length === 1 ? { name: 'worklist' } : notFound(path);
    case 'tasks':
      return parts.length === 2 && UID.test(second) ? { name: 'task', taskId: second } : notFound(path);
    case 'studies':
      return parts.length === 2 && UID.test(second) ? { name: 'study', studyUid: second } : notFound(path);
    case 'registry':
      if (parts.length === 1) return { name: 'radiologists' };
      if (second === 'radiologists' && parts.length === 2) return { name: 'radiologists' };
      if (second === 'radiologists' && parts.length === 3 && third) return { name: 'radiologist', id: third };
      if (parts.length === 2 && (second === 'facilities' || second === 'privileges' || second === 'expiring' || second === 'sla'))
        return { name: second } as Route;
      return notFound(path);
    case 'board':
    case 'audit':
    case 'callback':
    case 'signed-out':
      return parts.length === 1 ? ({ name: first } as Route) : notFound(path);
    default:
      return notFound(path);
  }
}

function notFound(path: string): Route {
  return { name: 'not-found', path };
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** The path (with /telerad prefix) of a route. */
export function pathOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return `${BASE}/`;
    case 'task':
      return `${BASE}/tasks/${encodeURIComponent(route.taskId)}`;
    case 'study':
      return `${BASE}/studies/${encodeURIComponent(route.studyUid)}`;
    case 'radiologists':
      return `${BASE}/registry/radiologists`;
    case 'radiologist':
      return `${BASE}/registry/radiologists/${encodeURIComponent(route.id)}`;
    case 'facilities':
    case 'privileges':
    case 'expiring':
    case 'sla':
      return `${BASE}/registry/${route.name}`;
    case 'not-found':
      return `${BASE}${route.path}`;
    default:
      return `${BASE}/${route.name}`;
  }
}
