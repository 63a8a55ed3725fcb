import { effectiveChanges, isEmpty } from '../collections';
import type { RecordLesson, RemoveLesson, ReviseLesson } from '../commands';
import type { PostmortemEvent } from '../events';
import { requireAbsent, requireEditable, requirePresent } from '../rules';
import type { Postmortem } from '../state';

export const recordLesson = ({ data }: RecordLesson, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  requireAbsent(report.lessons, data.id, 'Lesson');
  return [{ type: 'LessonRecorded', data }];
};

export const reviseLesson = ({ data }: ReviseLesson, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const lesson = requirePresent(report.lessons, data.lessonId, 'Lesson');
  const changes = effectiveChanges(lesson, data.changes);
  return isEmpty(changes) ? [] : [{ type: 'LessonRevised', data: { lessonId: lesson.id, changes } }];
};

export const removeLesson = ({ data }: RemoveLesson, report: Postmortem): PostmortemEvent[] => {
  requireEditable(report);
  const lesson = requirePresent(report.lessons, data.lessonId, 'Lesson');
  return [{ type: 'LessonRemoved', data: { lessonId: lesson.id } }];
};
