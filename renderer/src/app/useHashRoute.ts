import { useCallback, useEffect, useState } from 'react';

export type Route = { view: 'library' } | { view: 'annotations' } | { view: 'document'; id: string; annotation?: string };

function parse(hash: string): Route {
  if (hash === '#/annotations') return { view: 'annotations' };
  const m = /^#\/doc\/([0-9a-f]{12,64})(?:\/a\/([0-9a-f-]{36}))?$/.exec(hash);
  if (!m?.[1]) return { view: 'library' };
  return m[2] ? { view: 'document', id: m[1], annotation: m[2] } : { view: 'document', id: m[1] };
}

export function hashOf(route: Route): string {
  if (route.view === 'annotations') return '#/annotations';
  if (route.view === 'document') return `#/doc/${route.id}${route.annotation ? `/a/${route.annotation}` : ''}`;
  return '#/';
}

/** The open view lives in the URL's hash, so that a reload keeps it and Back returns to the library. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = hashOf(next);
  }, []);
  return [route, navigate];
}
