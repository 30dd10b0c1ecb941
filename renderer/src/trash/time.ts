import { localDay } from '../../../shared/dates.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment on the reader's clock, to the minute: 2026-07-01 14:03. */
export function localTime(iso: string): string {
  const date = new Date(iso);
  return `${localDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The day after which a deletion made at `iso` is removed for good. */
export function expiryDate(iso: string, days: number): string {
  return localDay(new Date(new Date(iso).getTime() + days * DAY_MS));
}
