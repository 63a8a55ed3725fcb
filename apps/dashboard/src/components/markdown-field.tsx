import { Box, Button, Input, Paper, Textarea, type TextareaProps } from '@mantine/core';
import { useState } from 'react';
import { Markdown } from './markdown';

/** A long text field written in Markdown, with a preview of how it will read. */
export const MarkdownField = ({ label, ...props }: TextareaProps & { label: string }) => {
  const [previewing, setPreviewing] = useState(false);
  return (
    <Box>
      {previewing ? (
        <Input.Wrapper label={label} description="Preview of the Markdown">
          <Paper withBorder p="sm" mt={4} aria-label={`${label} preview`}>
            <Markdown text={String(props.value ?? '')} empty="Nothing written yet." />
          </Paper>
        </Input.Wrapper>
      ) : (
        <Textarea label={label} autosize minRows={2} {...props} />
      )}
      <Button size="compact-xs" variant="subtle" mt={4} aria-pressed={previewing} onClick={() => setPreviewing((p) => !p)}>
        {previewing ? 'Write' : 'Preview Markdown'}
      </Button>
    </Box>
  );
};
