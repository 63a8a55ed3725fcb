import type { DraftText } from '@hindsight/contracts';
import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../../lib/api-client';

const DRAFTS = [
  ['internal-summary', 'Internal summary'],
  ['meeting-agenda', 'Review meeting agenda'],
  ['customer-notice', 'Customer notification (external)'],
  ['status-summary', 'Status-page summary (external)'],
  ['regulatory-report', 'Regulatory report (external)'],
] as const;

/** Fills a communication's text from the report, through the team's templates on the server. */
export const DraftPicker = ({ reportId, onDraft }: { reportId: string; onDraft: (text: string) => void }) => {
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string>();
  const pick = async (draft: string) => {
    setChosen(draft);
    setError(undefined);
    if (!draft) return;
    try {
      onDraft((await api<DraftText>(`/postmortems/${encodeURIComponent(reportId)}/drafts/${draft}`)).text);
    } catch (failure) {
      setError(`The draft could not be made: ${(failure as Error).message}`);
    }
  };
  return (
    <NativeSelect
      label="Start from a draft"
      description="Filled from the report; external drafts hold only what outside readers may see"
      data={[{ value: '', label: 'Write it myself' }, ...DRAFTS.map(([value, label]) => ({ value, label }))]}
      value={chosen}
      error={error}
      onChange={(e) => void pick(e.currentTarget.value)}
    />
  );
};
