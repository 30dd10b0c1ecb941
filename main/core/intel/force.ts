// Whether each of the library's documents is in force as of a date: from its own 施行 and 有效期
// clauses, from every later document of the library that repeals, amends or suspends it (matched by
// number, else by title, across scripts), from the portal's 时效性 line, and above all from what the
// user set by hand.
import type {
  ClauseTarget,
  ForceClauses,
  ForceEvent,
  ForceReport,
  ForceStatus,
  ForceSummary,
  RelationClause,
} from '../../../shared/force.js';
import type { DocumentRef } from '../../../shared/intel.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import type { ManualForce } from '../store/documents.js';
import { refOf } from './citations.js';

export interface ForceEntry extends DocumentRef {
  date: string | null;
  publishedDate: string | null;
  subtitle: string | null;
  /** The portal's 时效性 line. */
  validity: string | null;
  clauses: ForceClauses;
  manual: ManualForce | null;
}

const key = (s: string) => foldForSearch(s.normalize('NFKC')).replace(/[\s《》〈〉<>"“”]/g, '');
/** A title without its issuer: 江西省人民政府办公厅关于X的通知 → 关于X的通知. */
const fromAbout = (title: string) => /关于.+$/.exec(key(title))?.[0] ?? null;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day before the same day `months` later: a term of 5 years from 2021-06-01 runs to 2026-05-31. */
function termEnd(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const end = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  return addDays(end, -1);
}

/** 施行日期: as the text says (自印发之日起 = 成文日期, 自发布之日起 = 发布日期), else the date it was written. */
export function effectiveDate(entry: Pick<ForceEntry, 'date' | 'publishedDate' | 'clauses'>): string | null {
  const clause = entry.clauses.effective;
  if (!clause) return entry.clauses.table?.effective ?? entry.date;
  const base =
    clause.from === 'date' ? clause.date : clause.from === 'published' ? (entry.publishedDate ?? entry.date) : entry.date;
  return base && clause.afterDays ? addDays(base, clause.afterDays) : base;
}

/** The last day the document is in force by its own term, if it states one. */
export function expiryDate(entry: Pick<ForceEntry, 'date' | 'publishedDate' | 'clauses'>): string | null {
  const term = entry.clauses.term;
  if (!term) return entry.clauses.table?.expires ?? null;
  if (term.until) return term.until;
  const months = (term.years ?? 0) * 12 + (term.months ?? 0);
  const from = effectiveDate(entry);
  return months > 0 && from ? termEnd(from, months) : null;
}

/** What a portal's 时效性 line says, where it says something. */
function tableStatus(validity: string | null): ForceStatus | null {
  if (!validity) return null;
  const v = foldForSearch(validity);
  if (/部分/.test(v)) return 'partlyVoid';
  if (/废止|撤销|作废/.test(v)) return 'repealed';
  if (/失效|届满|过期/.test(v)) return 'expired';
  if (/修改|修订|修正/.test(v)) return 'amended';
  if (/尚未|未生效/.test(v)) return 'pending';
  if (/有效|现行/.test(v)) return 'inForce';
  return null;
}

/**
 * The statuses of a library's documents, built once from every document's clauses: each relation
 * clause resolved to the library's copy of its target, so that a status as of any date is lookups.
 */
export class ForceLedger {
  private readonly byId: Map<string, ForceEntry>;
  private readonly byNumber = new Map<string, ForceEntry>();
  private readonly byTitle = new Map<string, ForceEntry>();
  /** Titles without their issuer, where only one document has it. */
  private readonly byAbout = new Map<string, ForceEntry | null>();
  /** The document acted on → what acted on it. */
  private readonly events = new Map<string, ForceEvent[]>();

  constructor(entries: readonly ForceEntry[]) {
    this.byId = new Map(entries.map((e) => [e.id, e]));
    for (const e of entries) {
      if (e.docNumber) this.byNumber.set(key(e.docNumber), e);
      const titles = [e.title, e.subtitle ?? '', ...[...e.title.matchAll(/《([^《》]+)》/g)].map((m) => m[1] ?? '')];
      for (const title of titles.filter((t) => t.length > 1)) {
        if (!this.byTitle.has(key(title))) this.byTitle.set(key(title), e);
      }
      const about = fromAbout(e.title);
      if (about) this.byAbout.set(about, this.byAbout.has(about) ? null : e);
    }
    for (const actor of entries) {
      const date = effectiveDate(actor);
      for (const clause of actor.clauses.relations) {
        for (const target of clause.targets) {
          const acted = this.resolve(target);
          // A document acts on an earlier one: a copy of the same title written later is not what it repealed.
          if (!acted || acted.id === actor.id || (acted.date && actor.date && acted.date > actor.date)) continue;
          const list = this.events.get(acted.id) ?? [];
          if (list.some((event) => event.by.id === actor.id && event.kind === clause.relation)) continue;
          list.push({
            kind: clause.relation,
            partial: clause.partial,
            by: refOf(actor),
            date,
            evidence: { start: clause.start, end: clause.end, block: null },
          });
          this.events.set(acted.id, list);
        }
      }
    }
    for (const list of this.events.values()) list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  }

  /** The library's copy of a document a clause names: by number, else by title. */
  resolve(target: ClauseTarget): ForceEntry | null {
    if (target.docNumber) {
      const byNumber = this.byNumber.get(key(target.docNumber));
      if (byNumber) return byNumber;
    }
    if (!target.title) return null;
    const about = fromAbout(target.title);
    return this.byTitle.get(key(target.title)) ?? (about ? (this.byAbout.get(about) ?? null) : null);
  }

  private judged: { asOf: string; statuses: Map<string, ForceSummary> } | null = null;

  /** Every document's status as of a date, kept for the last date asked (today, for search and lists). */
  statusesAsOf(asOf: string): Map<string, ForceSummary> {
    if (this.judged?.asOf !== asOf) {
      this.judged = { asOf, statuses: new Map([...this.byId.keys()].map((id) => [id, this.summaryOf(id, asOf)])) };
    }
    return this.judged.statuses;
  }

  /** A document's status as of a date (YYYY-MM-DD). */
  summaryOf(id: string, asOf: string): ForceSummary {
    const entry = this.byId.get(id);
    if (!entry) return { status: 'inForce', source: 'presumed', since: null, by: null };
    if (entry.manual) return { status: entry.manual.status, source: 'user', since: null, by: null };
    const from = effectiveDate(entry);
    if ((entry.date && entry.date > asOf) || (from && from > asOf)) {
      return { status: 'pending', source: entry.clauses.effective ? 'text' : 'presumed', since: from, by: null };
    }
    const events = (this.events.get(id) ?? []).filter((e) => e.date === null || e.date <= asOf);
    const whole = (kind: ForceEvent['kind']) => events.filter((e) => e.kind === kind && !e.partial).at(-1);
    const repeal = whole('repeals');
    if (repeal) return { status: 'repealed', source: 'library', since: repeal.date, by: repeal.by };
    const suspension = whole('suspends');
    if (suspension) return { status: 'suspended', source: 'library', since: suspension.date, by: suspension.by };
    const repealedOn = entry.clauses.table?.repealed;
    if (repealedOn && repealedOn <= asOf) return { status: 'repealed', source: 'table', since: repealedOn, by: null };
    const expires = expiryDate(entry);
    if (expires && expires < asOf) return { status: 'expired', source: 'text', since: addDays(expires, 1), by: null };
    const table = tableStatus(entry.validity);
    if (table && table !== 'inForce' && table !== 'pending') return { status: table, source: 'table', since: null, by: null };
    const partly = events.filter((e) => e.kind !== 'amends').at(-1);
    if (partly) return { status: 'partlyVoid', source: 'library', since: partly.date, by: partly.by };
    const amendment = events.filter((e) => e.kind === 'amends').at(-1);
    if (amendment) return { status: 'amended', source: 'library', since: amendment.date, by: amendment.by };
    const stated = entry.clauses.effective || entry.clauses.term || entry.clauses.table;
    return { status: 'inForce', source: stated ? 'text' : table ? 'table' : 'presumed', since: from, by: null };
  }

  /** Everything behind a document's status, for its banner and lineage. */
  reportOf(id: string, asOf: string): ForceReport | null {
    const entry = this.byId.get(id);
    if (!entry) return null;
    const actsOn = entry.clauses.relations.map((clause: RelationClause) => ({
      ...clause,
      resolved: clause.targets.map((t) => {
        const found = this.resolve(t);
        return found && found.id !== id ? refOf(found) : null;
      }),
    }));
    return {
      ...this.summaryOf(id, asOf),
      asOf,
      effective: { date: effectiveDate(entry), clause: entry.clauses.effective },
      expires: { date: expiryDate(entry), clause: entry.clauses.term },
      provisional: entry.clauses.provisional,
      table: entry.validity,
      actedOnBy: this.events.get(id) ?? [],
      actsOn,
      manual: entry.manual,
    };
  }
}
