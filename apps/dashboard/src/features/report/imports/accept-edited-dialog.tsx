import type { SuggestionView } from '@hindsight/contracts';
import { TIMELINE_ENTRY_KINDS } from '@hindsight/domain';
import { NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { fromLocalInput, toLocalInput } from '../../../lib/dates';
import { optionsOf } from '../../../lib/labels';
import type { SuggestionReview } from './use-suggestion-review';

/** Accepts a suggestion with its time, kind or words changed; the entry still names where it came from. */
export const AcceptEditedDialog = ({ suggestion, review, onClose }: { suggestion: SuggestionView; review: SuggestionReview; onClose: () => void }) => {
  const [at, setAt] = useState(toLocalInput(suggestion.at));
  const [kind, setKind] = useState<string>(suggestion.kind);
  const [description, setDescription] = useState(suggestion.description);
  const submit = () => void review.accept([{ key: suggestion.key, at: fromLocalInput(at), kind, description }]).then(onClose, () => undefined);
  return (
    <FormModal opened title="Edit and accept" onClose={onClose} onSubmit={(e) => (e?.preventDefault(), submit())} pending={review.pendingCommand} submitLabel="Accept entry">
      <TextInput type="datetime-local" label="When" required value={at} onChange={(e) => setAt(e.currentTarget.value)} data-autofocus />
      <NativeSelect label="Kind" data={optionsOf(TIMELINE_ENTRY_KINDS)} value={kind} onChange={(e) => setKind(e.currentTarget.value)} />
      <Textarea label="What happened" required autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
    </FormModal>
  );
};
