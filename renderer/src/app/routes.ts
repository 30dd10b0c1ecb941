// The views of the app as addresses (the URL's hash), both ways.
import { FORCE_STATUSES, type ForceStatus } from '../../../shared/force.js';
import type { ResponsibilityRole, Script } from '../../../shared/policy.js';
import type { SearchFilters } from '../../../shared/search.js';

const isForceStatus = (value: string | null): boolean => (FORCE_STATUSES as readonly (string | null)[]).includes(value);

/** Where a document opens: at a search hit (canonical offset), with the find bar holding the query. */
export interface FindTarget {
  query: string;
  at: number;
}

/** Which department's tasks the departments view shows, and of which document and role. */
export interface DepartmentsQuery {
  name?: string;
  doc?: string;
  role?: ResponsibilityRole | 'none';
  /** Only the tasks of documents in force today. */
  inForce?: boolean;
}

export type Route =
  | { view: 'library' }
  | { view: 'annotations' }
  /** The filters are part of the address, so that 返回 from a hit finds the results as they were. */
  | { view: 'search'; query: string; filters?: SearchFilters }
  | { view: 'departments'; query: DepartmentsQuery }
  | { view: 'citations' }
  /** 回收站: deleted documents and annotations, restorable for TRASH_DAYS. */
  | { view: 'trash' }
  | { view: 'compare'; a: string; b: string }
  /** `block`: open at this block rather than where the reader left off. */
  | { view: 'document'; id: string; annotation?: string; find?: FindTarget; block?: number };

const ID = '[0-9a-f]{12,64}';
const ROLES = new Set(['lead', 'responsible', 'cooperating', 'none']);

/** The view an address names; anything it does not recognise leads to the library. */
export function routeOf(hash: string): Route {
  const [path = '', search = ''] = hash.split('?');
  const params = new URLSearchParams(search);
  if (path === '#/annotations') return { view: 'annotations' };
  if (path === '#/search') {
    const script = params.get('script');
    const filters: SearchFilters = {
      ...(params.get('issuer') && { issuer: params.get('issuer') as string }),
      ...(/^\d{4}$/.test(params.get('year') ?? '') && { year: params.get('year') as string }),
      ...((script === 'simplified' || script === 'traditional' || script === 'mixed') && { script: script as Script }),
      ...(params.get('department') && { department: params.get('department') as string }),
      ...(isForceStatus(params.get('force')) && { force: params.get('force') as ForceStatus }),
    };
    return Object.keys(filters).length > 0
      ? { view: 'search', query: params.get('q') ?? '', filters }
      : { view: 'search', query: params.get('q') ?? '' };
  }
  if (path === '#/citations') return { view: 'citations' };
  if (path === '#/trash') return { view: 'trash' };
  if (path === '#/departments') {
    const role = params.get('role') ?? '';
    const query: DepartmentsQuery = {
      ...(params.get('name') && { name: params.get('name') as string }),
      ...(new RegExp(`^${ID}$`).test(params.get('doc') ?? '') && { doc: params.get('doc') as string }),
      ...(ROLES.has(role) && { role: role as DepartmentsQuery['role'] }),
      ...(params.get('inForce') === '1' && { inForce: true }),
    };
    return { view: 'departments', query };
  }
  const compare = new RegExp(`^#/compare/(${ID})/(${ID})$`).exec(path);
  if (compare?.[1] && compare[2]) return { view: 'compare', a: compare[1], b: compare[2] };
  const m = new RegExp(`^#/doc/(${ID})(?:/a/([0-9a-f-]{36}))?$`).exec(path);
  if (!m?.[1]) return { view: 'library' };
  if (m[2]) return { view: 'document', id: m[1], annotation: m[2] };
  const query = params.get('q');
  const at = Number(params.get('at'));
  if (query && Number.isInteger(at) && at >= 0) return { view: 'document', id: m[1], find: { query, at } };
  const block = Number(params.get('b') ?? Number.NaN);
  return Number.isInteger(block) && block >= 0 ? { view: 'document', id: m[1], block } : { view: 'document', id: m[1] };
}

export function hashOf(route: Route): string {
  if (route.view === 'annotations') return '#/annotations';
  if (route.view === 'search') {
    const filters = Object.entries(route.filters ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
    return `#/search?${new URLSearchParams([['q', route.query], ...filters])}`;
  }
  if (route.view === 'citations') return '#/citations';
  if (route.view === 'trash') return '#/trash';
  if (route.view === 'departments') {
    const params = new URLSearchParams(
      Object.entries({ ...route.query, inForce: route.query.inForce ? '1' : undefined }).filter(
        (entry): entry is [string, string] => Boolean(entry[1]),
      ),
    );
    return params.size > 0 ? `#/departments?${params}` : '#/departments';
  }
  if (route.view === 'compare') return `#/compare/${route.a}/${route.b}`;
  if (route.view === 'document') {
    if (route.annotation) return `#/doc/${route.id}/a/${route.annotation}`;
    if (route.find) return `#/doc/${route.id}?${new URLSearchParams({ q: route.find.query, at: String(route.find.at) })}`;
    if (route.block !== undefined) return `#/doc/${route.id}?b=${route.block}`;
    return `#/doc/${route.id}`;
  }
  return '#/';
}
