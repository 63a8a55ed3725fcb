import type { PostmortemDocument, SuggestionView } from '@hindsight/contracts';
import type { ImportFormat } from '@hindsight/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useReportCommand } from '../api/use-report-command';
import { suggestionsQuery } from './imports-api';

export type SuggestionWindow = 'incident' | 'all';

export interface AcceptedItem {
  key: string;
  at?: string;
  kind?: string;
  description?: string;
}

const HOUR = 3_600_000;

/** An hour either side of what the report knows of the incident: from occurrence to the last time it names. */
export const incidentWindow = ({ facts }: PostmortemDocument): [number, number] => {
  const last = facts.resolvedAt ?? facts.mitigatedAt ?? facts.detectedAt ?? facts.occurredAt;
  return [Date.parse(facts.occurredAt) - HOUR, Date.parse(last) + HOUR];
};

export const shownSuggestions = (all: readonly SuggestionView[], report: PostmortemDocument, formats: readonly ImportFormat[], window: SuggestionWindow): SuggestionView[] => {
  const [from, to] = incidentWindow(report);
  return all.filter(
    (s) => s.status === 'pending' && (formats.length === 0 || formats.includes(s.source.format)) && (window === 'all' || (Date.parse(s.at) >= from && Date.parse(s.at) <= to)),
  );
};

/** The timeline's pending suggestions, their filters and selection, and what accepting or dismissing them sends. */
export const useSuggestionReview = (report: PostmortemDocument) => {
  const { data } = useQuery(suggestionsQuery(report));
  const [formats, setFormats] = useState<ImportFormat[]>([]);
  const [window, setWindow] = useState<SuggestionWindow>('incident');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const command = useReportCommand(report.id);
  const all = data?.suggestions ?? [];
  const pending = all.filter((s) => s.status === 'pending');
  const shown = shownSuggestions(all, report, formats, window);
  const done = () => setSelected(new Set());
  return {
    pending,
    shown,
    sources: [...new Set(pending.map((s) => s.source.format))],
    formats,
    setFormats,
    window,
    setWindow,
    selected: shown.filter((s) => selected.has(s.key)),
    toggle: (key: string) => setSelected((keys) => new Set(keys.has(key) ? [...keys].filter((k) => k !== key) : [...keys, key])),
    selectAll: (on: boolean) => setSelected(new Set(on ? shown.map((s) => s.key) : [])),
    pendingCommand: command.isPending,
    accept: (items: AcceptedItem[]) =>
      command.mutateAsync({ method: 'POST', path: `/postmortems/${report.id}/suggestions/accept`, body: { items }, basedOn: report.revision, action: 'accept suggestions' }).then(done),
    dismiss: (keys: string[]) =>
      command.mutateAsync({ method: 'POST', path: `/postmortems/${report.id}/suggestions/dismiss`, body: { keys }, basedOn: report.revision, action: 'dismiss suggestions' }).then(done),
  };
};

export type SuggestionReview = ReturnType<typeof useSuggestionReview>;
