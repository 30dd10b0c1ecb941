import { useCallback, useEffect, useState } from 'react';

export type Route = { view: 'library' } | { view: 'document'; id: string };

function parse(hash: string): Route {
  const m = /^#\/doc\/([0-9a-f]{12,64})$/.exec(hash);
  return m?.[1] ? { view: 'document', id: m[1] } : { view: 'library' };
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
    window.location.hash = next.view === 'document' ? `#/doc/${next.id}` : '#/';
  }, []);
  return [route, navigate];
}
