// Navigation inside the app (History API); links stay real <a href> so keyboard and middle-click work.
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './routes';

const listeners = new Set<() => void>();

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  listeners.forEach((l) => l());
}

window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.pathname));
  useEffect(() => {
    const l = () => setRoute(parseRoute(location.pathname));
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return route;
}

/** Click handler for in-app links: plain left clicks navigate without reloading. */
export function onLinkClick(e: MouseEvent): void {
  const a = (e.currentTarget as HTMLElement).closest('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const href = a.getAttribute('href');
  if (!href || !href.startsWith('/telerad/') || a.target) return;
  e.preventDefault();
  navigate(href);
}
