import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * The team's Markdown (CommonMark with GitHub's tables, task lists and strikethrough, parsed by
 * marked, as the PDF export is) as HTML that is safe to show: DOMPurify removes scripts, event
 * handlers, `javascript:` links and anything else that is not plain document markup.
 */
export const markdownToSafeHtml = (text: string): string => DOMPurify.sanitize(marked.parse(text, { gfm: true, async: false }), { USE_PROFILES: { html: true } });
