import type { Postmortem, PostmortemState } from '@hindsight/domain';
import { diffWords } from 'diff';

export interface TextChange {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
  /** Word-level changes, for text long enough to read as prose. */
  text?: TextChange[];
}

export interface SectionDiff {
  added: { id: string; item: unknown }[];
  removed: { id: string; item: unknown }[];
  changed: { id: string; fields: FieldChange[] }[];
}

export const SECTIONS = ['timeline', 'evidence', 'causes', 'actionItems', 'lessons', 'stakeholders', 'communications'] as const;
type Section = (typeof SECTIONS)[number];

export interface ReportDiff {
  status: FieldChange | null;
  facts: FieldChange[];
  publicSummary: FieldChange | null;
  sections: Record<Section, SectionDiff>;
}

const LONG_TEXT = 40;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const fieldChange = (field: string, from: unknown, to: unknown): FieldChange => {
  const prose = typeof from === 'string' && typeof to === 'string' && Math.max(from.length, to.length) >= LONG_TEXT;
  return {
    field,
    from: from ?? null,
    to: to ?? null,
    ...(prose ? { text: diffWords(from, to).map(({ value, added, removed }) => ({ value, ...(added ? { added } : {}), ...(removed ? { removed } : {}) })) } : {}),
  };
};

const fieldChanges = (from: object | undefined, to: object | undefined): FieldChange[] => {
  const a = (from ?? {}) as Record<string, unknown>;
  const b = (to ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'id' && !same(a[k], b[k])).map((k) => fieldChange(k, a[k], b[k]));
};

const sectionDiff = (from: readonly { id: string }[], to: readonly { id: string }[]): SectionDiff => {
  const before = new Map(from.map((i) => [i.id, i]));
  const after = new Map(to.map((i) => [i.id, i]));
  return {
    added: to.filter((i) => !before.has(i.id)).map((item) => ({ id: item.id, item })),
    removed: from.filter((i) => !after.has(i.id)).map((item) => ({ id: item.id, item })),
    changed: to
      .filter((i) => before.has(i.id))
      .map((i) => ({ id: i.id, fields: fieldChanges(before.get(i.id), i) }))
      .filter((c) => c.fields.length > 0),
  };
};

const EMPTY: Pick<Postmortem, Section> = { timeline: [], evidence: [], causes: [], actionItems: [], lessons: [], stakeholders: [], communications: [] };

/** What changed in a report between two of its states: facts, status, and every item of every section. */
export const diffReports = (from: PostmortemState, to: PostmortemState): ReportDiff => {
  const a = from ?? EMPTY;
  const b = to ?? EMPTY;
  return {
    status: from?.status === to?.status ? null : fieldChange('status', from?.status, to?.status),
    facts: fieldChanges(from?.facts, to?.facts),
    publicSummary: from?.publicSummary === to?.publicSummary ? null : fieldChange('publicSummary', from?.publicSummary, to?.publicSummary),
    sections: Object.fromEntries(SECTIONS.map((s) => [s, sectionDiff(a[s], b[s])])) as Record<Section, SectionDiff>,
  };
};
