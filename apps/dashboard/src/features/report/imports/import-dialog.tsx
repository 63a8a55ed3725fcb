import type { ImportAccepted } from '@hindsight/contracts';
import { IMPORT_FORMATS, type ImportFormat } from '@hindsight/domain';
import { FileInput, NativeSelect, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { uploadErrorText } from '../../../lib/forms';
import { viewerZone } from '../../../lib/dates';
import { importFile } from './imports-api';
import { FORMAT_LABELS } from './source-labels';

const summary = (r: ImportAccepted): string =>
  [
    `${r.suggestions} suggestion${r.suggestions === 1 ? '' : 's'} from ${r.records.toLocaleString()} records`,
    r.alreadyImported > 0 && `${r.alreadyImported} already imported before`,
    r.unparsed.count > 0 && `${r.unparsed.count} unreadable (line ${r.unparsed.lines.slice(0, 5).join(', ')}${r.unparsed.count > 5 ? ', …' : ''})`,
    r.outsideWindow > 0 && `${r.outsideWindow.toLocaleString()} outside the incident's window`,
  ]
    .filter(Boolean)
    .join('; ');

/** Uploads a log, a metric export, alerts, pages, a chat export or a deploy list; what it suggests waits for review. */
export const ImportDialog = ({ reportId, onClose }: { reportId: string; onClose: () => void }) => {
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [zone, setZone] = useState('UTC');
  const [error, setError] = useState<string>();
  const send = useMutation({
    mutationFn: () => importFile(reportId, file as File, { format: format || undefined, zone }),
    onSuccess: (result) => {
      notifications.show({ color: 'teal', title: `${result.file.name} imported as ${FORMAT_LABELS[result.format]}`, message: summary(result) });
      void client.invalidateQueries({ queryKey: ['report', reportId] });
      onClose();
    },
    onError: (e) => setError(uploadErrorText(e)),
  });
  const zones = [...new Set(['UTC', viewerZone()])];
  return (
    <FormModal opened title="Import data" onClose={onClose} onSubmit={(event) => (event?.preventDefault(), file ? send.mutate() : setError('Choose a file to import'))} pending={send.isPending} submitLabel="Import" formError={error}>
      <Text size="sm" c="dimmed">
        Entries found in the file are suggested on the timeline for you to accept, edit or dismiss. Nothing is added until you accept it.
      </Text>
      <FileInput label="File" required placeholder="A log, metrics, alerts, pages, a Slack export or deploys" value={file} onChange={setFile} clearable data-autofocus />
      <NativeSelect label="Format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ImportFormat | '')} data={[{ value: '', label: 'Tell from the content' }, ...IMPORT_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))]} />
      <NativeSelect label="Times written without a zone are in" value={zone} onChange={(e) => setZone(e.currentTarget.value)} data={zones} />
    </FormModal>
  );
};
