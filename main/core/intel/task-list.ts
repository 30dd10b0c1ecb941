// A department's task list (责任分工表) as a spreadsheet: CSV that Excel and WPS open as UTF-8.
import type { DepartmentTask } from '../../../shared/intel.js';

export const ROLE_NAMES: Record<NonNullable<DepartmentTask['role']> | 'none', string> = {
  lead: '牵头',
  responsible: '负责',
  cooperating: '配合',
  none: '未注明',
};

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** RFC 4180 with a byte-order mark, which Excel needs to read UTF-8. */
export function tasksCsv(department: string, tasks: readonly DepartmentTask[]): string {
  const rows = [
    ['序号', '责任单位', '分工', '任务', '文件'],
    ...tasks.map((t, n) => [String(n + 1), department, ROLE_NAMES[t.role ?? 'none'], t.text, t.title]),
  ];
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
