import type { EvidenceFileStored } from '@hindsight/contracts';
import { EVIDENCE_KINDS } from '@hindsight/domain';
import { FileInput, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { query, upload } from '../../../lib/api-client';
import { uploadErrorText } from '../../../lib/forms';
import { optionsOf } from '../../../lib/labels';
import { fileSize } from './file-size';

/** Uploads a log excerpt, screenshot, graph or exported query as evidence, kept under its SHA-256. */
export const EvidenceFileDialog = ({ reportId, onClose }: { reportId: string; onClose: () => void }) => {
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState('document');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string>();
  const send = useMutation({
    mutationFn: (chosen: File) =>
      upload<EvidenceFileStored>(`/postmortems/${encodeURIComponent(reportId)}/evidence/files${query({ name: chosen.name, kind, title: title.trim() || undefined, description })}`, chosen),
    onSuccess: ({ file: stored }) => {
      notifications.show({ color: 'teal', title: `${stored.name} attached`, message: `${stored.mediaType}, ${fileSize(stored.bytes)}; SHA-256 ${stored.sha256.slice(0, 12)}…` });
      void client.invalidateQueries({ queryKey: ['report', reportId] });
      onClose();
    },
    onError: (e) => setError(uploadErrorText(e)),
  });
  return (
    <FormModal opened title="Upload evidence" onClose={onClose} onSubmit={(event) => (event?.preventDefault(), file ? send.mutate(file) : setError('Choose a file to upload'))} pending={send.isPending} submitLabel="Upload" formError={error}>
      <FileInput label="File" required placeholder="A log excerpt, screenshot, graph or exported query" value={file} onChange={setFile} clearable data-autofocus />
      <NativeSelect label="Kind" data={optionsOf(EVIDENCE_KINDS)} value={kind} onChange={(e) => setKind(e.currentTarget.value)} />
      <TextInput label="Title" placeholder="The file's name" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <Textarea label="Description" autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
    </FormModal>
  );
};
