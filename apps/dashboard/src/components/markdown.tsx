import { Text, Typography } from '@mantine/core';
import { markdownToSafeHtml } from '../lib/markdown';

/** Text written in Markdown, rendered (and sanitised); a dimmed dash when there is none. */
export const Markdown = ({ text, empty = '—' }: { text: string | undefined; empty?: string }) =>
  text?.trim() ? (
    <Typography>
      {/* Sanitised by DOMPurify in markdownToSafeHtml. */}
      <div className="markdown" dangerouslySetInnerHTML={{ __html: markdownToSafeHtml(text) }} />
    </Typography>
  ) : (
    <Text c="dimmed">{empty}</Text>
  );
