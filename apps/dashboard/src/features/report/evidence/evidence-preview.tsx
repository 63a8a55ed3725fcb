import type { PostmortemDocument } from '@hindsight/contracts';
import { Alert, Button, Code, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ApiError, download, fetchBlob } from '../../../lib/api-client';
import { fileSize } from './file-size';

type FileEvidence = PostmortemDocument['evidence'][number] & { file: NonNullable<PostmortemDocument['evidence'][number]['file']> };

const PICTURES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const TEXTS = new Set(['text/plain', 'application/json', 'text/csv']);
/** The start of a text is enough to recognise it; the whole file downloads. */
const TEXT_SHOWN = 8_000;

const pathOf = (reportId: string, evidenceId: string) => `/postmortems/${encodeURIComponent(reportId)}/evidence/${encodeURIComponent(evidenceId)}/file`;

/** A file from the locker in the page: pictures shown, texts' first lines, anything else to download. */
export const EvidencePreview = ({ reportId, evidence, onClose }: { reportId: string; evidence: FileEvidence; onClose: () => void }) => {
  const { file } = evidence;
  const shown = PICTURES.has(file.mediaType) || TEXTS.has(file.mediaType);
  const content = useQuery({
    queryKey: ['evidence-file', evidence.file.sha256],
    queryFn: () => fetchBlob(pathOf(reportId, evidence.id)),
    retry: false,
    enabled: shown,
  });
  const url = useMemo(() => (content.data && PICTURES.has(file.mediaType) ? URL.createObjectURL(content.data) : undefined), [content.data, file.mediaType]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  const text = useQuery({ queryKey: ['evidence-text', file.sha256], queryFn: () => (content.data as Blob).slice(0, TEXT_SHOWN).text(), enabled: Boolean(content.data) && TEXTS.has(file.mediaType) });
  return (
    <Modal opened onClose={onClose} title={evidence.title} size="xl">
      <Stack>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {file.name} · {file.mediaType} · {fileSize(file.bytes)} · SHA-256 {file.sha256}
        </Text>
        {content.error && <Alert color="red" role="alert">{content.error instanceof ApiError ? content.error.problem.detail : content.error.message}</Alert>}
        {shown && content.isPending && <Loader size="sm" aria-label="Loading the file" />}
        {url && <Image src={url} alt={evidence.title} fit="contain" mah={600} />}
        {text.data !== undefined && (
          <Code block mah={500} style={{ overflow: 'auto' }} aria-label={`Start of ${file.name}`}>
            {text.data}
            {file.bytes > TEXT_SHOWN ? '\n…' : ''}
          </Code>
        )}
        {!shown && <Text size="sm">This kind of file is not shown in the page.</Text>}
        <Button variant="default" onClick={() => void download(pathOf(reportId, evidence.id), file.name)}>
          Download {file.name}
        </Button>
      </Stack>
    </Modal>
  );
};
