import { useCallback, useEffect, useState } from 'react';
import { hashOf, type Route, routeOf } from './routes.js';

/**
 * The open view lives in the URL's hash, so that a reload keeps it and Back returns to the library.
 * Also gives the view shown before this one (null at start), so that 返回 can be the history's Back.
 */
export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void, Route | null] {
  const [{ route, previous }, setRoutes] = useState<{ route: Route; previous: Route | null }>(() => ({
    route: routeOf(window.location.hash),
    previous: null,
  }));
  const setRoute = useCallback((next: Route) => setRoutes((current) => ({ route: next, previous: current.route })), []);
  useEffect(() => {
    const onChange = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [setRoute]);
  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    if (options?.replace) {
      // Typing in the search box rewrites the address without a history entry per keystroke.
      window.history.replaceState(null, '', hashOf(next));
      setRoutes((current) => ({ route: routeOf(hashOf(next)), previous: current.previous }));
    } else window.location.hash = hashOf(next);
  }, []);
  return [route, navigate, previous];
}
