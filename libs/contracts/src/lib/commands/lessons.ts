import { LESSON_KINDS } from '@hindsight/domain';
import { z } from 'zod';
import { changes, oneOf, requiredText } from '../primitives';

const lesson = { kind: oneOf(LESSON_KINDS), text: requiredText() };

export const recordLessonBody = z.strictObject(lesson);
export type RecordLessonBody = z.infer<typeof recordLessonBody>;
export const reviseLessonBody = changes(lesson);
export type ReviseLessonBody = z.infer<typeof reviseLessonBody>;
