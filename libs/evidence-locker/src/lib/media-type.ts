import { filetypeinfo } from 'magic-bytes.js';

/** How many leading bytes decide a file's type. */
export const SNIFF_BYTES = 8192;

/** Types a browser may show in the page: pictures that cannot run script (no SVG), and text. */
export const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain', 'application/json', 'text/csv']);

const looksLikeText = (head: Uint8Array): boolean => {
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the end of the sample is still text.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)));
    return true;
  } catch {
    return false;
  }
};

/**
 * A file's media type from its content, never from its name or what the uploader claims:
 * the magic numbers of known formats (magic-bytes.js), else UTF-8 text without NUL bytes is
 * text/plain, else application/octet-stream.
 */
export const detectMediaType = (head: Uint8Array): string => {
  const [known] = filetypeinfo(head).filter((t) => t.mime);
  if (known?.mime) return known.mime === 'image/apng' ? 'image/png' : known.mime;
  return head.length > 0 && looksLikeText(head) ? 'text/plain' : 'application/octet-stream';
};
