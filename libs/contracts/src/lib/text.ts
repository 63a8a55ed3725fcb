import { z } from 'zod';

/**
 * Characters that no postmortem text needs and that hide or disguise what a reader sees:
 * C0 and C1 controls (prose keeps tab and line breaks), DEL, bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069: the "Trojan Source" trick), the
 * byte-order mark, the noncharacters U+FFFE and U+FFFF, and unpaired surrogates.
 */
const FORBIDDEN_IN_PROSE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|\p{Cs}/u;
/** A name, title or search is one line: no line or paragraph separators, no tabs either. */
const FORBIDDEN_IN_LINE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|\p{Cs}/u;
/** A letter, digit, punctuation mark or symbol: something a reader can see and click… */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** …except the fillers and blanks Unicode classes as letters or symbols but draws as nothing. */
const BLANK_GLYPHS = /[\u115f\u1160\u3164\uffa0\u2800]/gu;
const hasVisible = (value: string) => VISIBLE.test(value.replace(BLANK_GLYPHS, ''));

const codePoint = (character: string): string => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Adds an issue naming the first forbidden character and where it stands. */
const refuse = (forbidden: RegExp) => (value: string, ctx: z.RefinementCtx) => {
  const match = forbidden.exec(value);
  if (match) {
    ctx.addIssue({
      code: 'custom',
      message: `must not contain control, invisible-formatting or unpaired surrogate characters (${codePoint(match[0])} at position ${match.index + 1})`,
    });
  }
};

/*
 * Each checks the text as sent, before it is trimmed: trimming would quietly drop a leading
 * byte-order mark that the client should hear about.
 */

/** Free text of several lines (descriptions, notes, lessons). */
export const prose = () => z.string().superRefine(refuse(FORBIDDEN_IN_PROSE)).trim();

/** One line (search terms, filters). */
export const line = () => z.string().superRefine(refuse(FORBIDDEN_IN_LINE)).trim();

/** One line that a person must be able to see (titles, names). */
export const visibleLine = () => line().refine((value) => value === '' || hasVisible(value), 'must contain a visible character');
