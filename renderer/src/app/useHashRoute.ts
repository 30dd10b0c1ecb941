import { useCallback, useEffect, useState } from 'react';
import { hashOf, type Route, routeOf } from './routes.js';

/** The open view lives in the URL's hash, so that a reload keeps it and Back returns to the library. */
export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    if (options?.replace) {
      // Typing in the search box rewrites the address without a history entry per keystroke.
      window.history.replaceState(null, '', hashOf(next));
      setRoute(routeOf(hashOf(next)));
    } else window.location.hash = hashOf(next);
  }, []);
  return [route, navigate];
}
