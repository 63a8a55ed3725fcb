import type { AcceptSuggestions, DismissSuggestions, RecordImport } from '../commands';
import { DomainRuleViolation, NotFound } from '../errors';
import type { PostmortemEvent } from '../events';
import { MAX_SUGGESTIONS_PER_IMPORT, type ImportSummary } from '../imports';
import { requireAbsent, requireEditable, requireLinked } from '../rules';
import type { Postmortem } from '../state';
import { requireSource } from './evidence';

const requireImport = (report: Postmortem, importId: string): ImportSummary => {
  const found = report.imports?.find((i) => i.id === importId);
  if (!found) throw new NotFound('Import', importId);
  return found;
};

const acceptedKeys = (report: Postmortem): Set<string> =>
  new Set(report.timeline.flatMap((entry) => (entry.source ? [entry.source.key] : [])));

const requireDistinct = (keys: readonly string[], what: string): void => {
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated) throw new DomainRuleViolation('duplicate_suggestion', `${what} names suggestion ${repeated} twice`);
};

export const recordImport = ({ data }: RecordImport, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  if (report.imports?.some((i) => i.id === data.importId)) throw new DomainRuleViolation('duplicate_id', `Import '${data.importId}' already exists`);
  if (data.suggestions.length > MAX_SUGGESTIONS_PER_IMPORT) {
    throw new DomainRuleViolation('too_many_suggestions', `An import records at most ${MAX_SUGGESTIONS_PER_IMPORT} suggestions; this one has ${data.suggestions.length}`);
  }
  requireDistinct(data.suggestions.map((s) => s.key), 'The import');
  if (data.firstSignal !== undefined && !data.suggestions.some((s) => s.key === data.firstSignal)) {
    throw new DomainRuleViolation('unknown_suggestion', `The first signal ${data.firstSignal} is not one of the import's suggestions`);
  }
  return [{ type: 'SuggestionsImported', data }];
};

/** Accepting makes suggestions facts: timeline entries naming their import, all in one change. */
export const acceptSuggestions = ({ data }: AcceptSuggestions, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  requireDistinct(data.entries.map((e) => e.source.key), 'The acceptance');
  const evidence = data.evidence ?? [];
  for (const item of evidence) {
    requireAbsent(report.evidence, item.id, 'Evidence');
    requireSource(item);
  }
  const linkable = [...report.evidence, ...evidence];
  const accepted = acceptedKeys(report);
  for (const entry of data.entries) {
    const source = requireImport(report, entry.source.importId);
    if (!source.keys.includes(entry.source.key)) throw new NotFound('Suggestion', entry.source.key);
    if (source.dismissed.includes(entry.source.key)) throw new DomainRuleViolation('suggestion_dismissed', `Suggestion ${entry.source.key} was dismissed`);
    if (accepted.has(entry.source.key)) throw new DomainRuleViolation('already_accepted', `Suggestion ${entry.source.key} is already on the timeline`);
    requireAbsent(report.timeline, entry.id, 'Timeline entry');
    requireLinked(linkable, entry.evidenceIds, 'evidence');
  }
  return [
    ...evidence.map((item): PostmortemEvent => ({ type: 'EvidenceAttached', data: item })),
    ...data.entries.map((entry): PostmortemEvent => ({ type: 'TimelineEntryAdded', data: entry })),
  ];
};

export const dismissSuggestions = ({ data }: DismissSuggestions, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  requireDistinct(data.suggestions.map((s) => s.key), 'The dismissal');
  const accepted = acceptedKeys(report);
  const fresh = data.suggestions.filter(({ importId, key }) => {
    const source = requireImport(report, importId);
    if (!source.keys.includes(key)) throw new NotFound('Suggestion', key);
    if (accepted.has(key)) throw new DomainRuleViolation('already_accepted', `Suggestion ${key} is on the timeline: remove the entry instead`);
    return !source.dismissed.includes(key);
  });
  return fresh.length === 0 ? [] : [{ type: 'SuggestionsDismissed', data: { suggestions: fresh } }];
};
