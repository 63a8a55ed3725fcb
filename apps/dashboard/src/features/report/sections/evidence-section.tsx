import { attachEvidenceBody, type PostmortemDocument, reviseEvidenceBody } from '@hindsight/contracts';
import { type Evidence, EVIDENCE_KINDS } from '@hindsight/domain';
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { changedFields } from '../../../lib/forms';
import { label, optionsOf } from '../../../lib/labels';
import { useCommandForm } from '../api/use-command-form';
import { mapFound } from '../conflicts/shown-values';
import { RemoveButton } from '../components/remove-button';
import { ScrollTable } from '../../../components/scroll-table';
import { MarkdownField } from '../../../components/markdown-field';
import { EvidenceFileDialog } from '../evidence/evidence-file-dialog';
import { EvidencePreview } from '../evidence/evidence-preview';
import { fileSize } from '../evidence/file-size';

interface EvidenceValues extends Record<string, unknown> {
  kind: string;
  title: string;
  url: string;
  description: string;
}

const EvidenceForm = ({ report, evidence, onClose }: { report: PostmortemDocument; evidence?: Evidence; onClose: () => void }) => {
  const initial: EvidenceValues = evidence
    ? { kind: evidence.kind, title: evidence.title, url: evidence.url, description: evidence.description }
    : { kind: 'log', title: '', url: '', description: '' };
  const { form, submit, pending } = useCommandForm({
    report,
    initialValues: initial,
    schema: evidence ? reviseEvidenceBody : attachEvidenceBody,
    toBody: (v: EvidenceValues, base: EvidenceValues) => (evidence ? changedFields(v, base) : v),
    valuesIn: evidence && ((r: PostmortemDocument) => mapFound(r.evidence.find((e) => e.id === evidence.id), ({ kind, title, url, description }) => ({ kind, title, url, description }))),
    labels: { url: 'Link' },
    request: () =>
      evidence ? { method: 'PATCH', path: `/postmortems/${report.id}/evidence/${evidence.id}` } : { method: 'POST', path: `/postmortems/${report.id}/evidence` },
    action: evidence ? 'revise the evidence' : 'attach evidence',
    onDone: onClose,
  });
  return (
    <FormModal opened title={evidence ? 'Edit evidence' : 'Attach evidence'} onClose={onClose} onSubmit={submit} pending={pending} submitLabel={evidence ? 'Save evidence' : 'Attach'} formError={form.errors['form']}>
      <NativeSelect label="Kind" data={optionsOf(EVIDENCE_KINDS)} {...form.getInputProps('kind')} />
      <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
      {!evidence?.file && <TextInput label="Link" type="url" required placeholder="https://" {...form.getInputProps('url')} />}
      <MarkdownField label="Description" autosize minRows={2} {...form.getInputProps('description')} />
    </FormModal>
  );
};

/** Logs, metrics, dashboards, traces and documents the review rests on: links, and files kept in the evidence locker. */
export const EvidenceSection = ({ report, editable }: { report: PostmortemDocument; editable: boolean }) => {
  const [editing, setEditing] = useState<Evidence | 'new' | null>(null);
  const [uploading, setUploading] = useState(false);
  const [previewing, setPreviewing] = useState<string | null>(null);
  const preview = report.evidence.find((e) => e.id === previewing);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>Evidence</Title>
        {editable && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setUploading(true)}>
              Upload file
            </Button>
            <Button onClick={() => setEditing('new')}>Attach evidence</Button>
          </Group>
        )}
      </Group>
      {report.evidence.length === 0 ? (
        <Text c="dimmed">No evidence yet.</Text>
      ) : (
        <ScrollTable striped aria-label="Evidence">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Description</Table.Th>
              {editable && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.evidence.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{label(e.kind)}</Table.Td>
                <Table.Td>
                  {e.file ? (
                    <Group gap={6}>
                      <Anchor component="button" type="button" onClick={() => setPreviewing(e.id)} aria-label={`Preview: ${e.title}`}>
                        {e.title}
                      </Anchor>
                      <Badge size="xs" variant="light" color="gray">
                        {e.file.mediaType} · {fileSize(e.file.bytes)}
                      </Badge>
                    </Group>
                  ) : (
                    <Anchor href={e.url} target="_blank" rel="noreferrer noopener">
                      {e.title}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>{e.description}</Table.Td>
                {editable && (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setEditing(e)} aria-label={`Edit evidence: ${e.title}`}>
                        Edit
                      </Button>
                      <RemoveButton report={report} path={`/postmortems/${report.id}/evidence/${e.id}`} what={`evidence: ${e.title}`} action="remove the evidence" />
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {uploading && <EvidenceFileDialog reportId={report.id} onClose={() => setUploading(false)} />}
      {preview?.file && <EvidencePreview reportId={report.id} evidence={{ ...preview, file: preview.file }} onClose={() => setPreviewing(null)} />}
      {editing && <EvidenceForm report={report} evidence={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
};
