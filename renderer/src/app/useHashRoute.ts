import { useCallback, useEffect, useState } from 'react';

/** Where a document opens: at a search hit (canonical offset), with the find bar holding the query. */
export interface FindTarget {
  query: string;
  at: number;
}

export type Route =
  | { view: 'library' }
  | { view: 'annotations' }
  | { view: 'search'; query: string }
  | { view: 'document'; id: string; annotation?: string; find?: FindTarget };

function parse(hash: string): Route {
  const [path = '', search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  if (path === '#/annotations') return { view: 'annotations' };
  if (path === '#/search') return { view: 'search', query: params.get('q') ?? '' };
  const m = /^#\/doc\/([0-9a-f]{12,64})(?:\/a\/([0-9a-f-]{36}))?$/.exec(path);
  if (!m?.[1]) return { view: 'library' };
  if (m[2]) return { view: 'document', id: m[1], annotation: m[2] };
  const query = params.get('q');
  const at = Number(params.get('at'));
  return query && Number.isInteger(at) && at >= 0
    ? { view: 'document', id: m[1], find: { query, at } }
    : { view: 'document', id: m[1] };
}

export function hashOf(route: Route): string {
  if (route.view === 'annotations') return '#/annotations';
  if (route.view === 'search') return `#/search?${new URLSearchParams({ q: route.query })}`;
  if (route.view === 'document') {
    if (route.annotation) return `#/doc/${route.id}/a/${route.annotation}`;
    if (route.find) return `#/doc/${route.id}?${new URLSearchParams({ q: route.find.query, at: String(route.find.at) })}`;
    return `#/doc/${route.id}`;
  }
  return '#/';
}

/** The open view lives in the URL's hash, so that a reload keeps it and Back returns to the library. */
export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route, options?: { replace?: boolean }) => {
    if (options?.replace) {
      // Typing in the search box rewrites the address without a history entry per keystroke.
      window.history.replaceState(null, '', hashOf(next));
      setRoute(parse(hashOf(next)));
    } else window.location.hash = hashOf(next);
  }, []);
  return [route, navigate];
}
