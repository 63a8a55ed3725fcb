import { drafted } from '../../testing/fixtures';
import { given } from '../../testing/specification';

const lesson = { id: 'l-1', kind: 'got_lucky' as const, text: 'The sale traffic peaked after the rollback' };

describe('Lessons learned', () => {
  it('records a lesson', () =>
    given(drafted())
      .when({ type: 'RecordLesson', data: lesson })
      .then({ type: 'LessonRecorded', data: lesson }));

  it('refuses a duplicate id', () =>
    given(drafted(), { type: 'LessonRecorded', data: lesson })
      .when({ type: 'RecordLesson', data: lesson })
      .thenRefuses('duplicate_id'));

  it('revises a lesson', () =>
    given(drafted(), { type: 'LessonRecorded', data: lesson })
      .when({ type: 'ReviseLesson', data: { lessonId: 'l-1', changes: { kind: 'went_well' } } })
      .then({ type: 'LessonRevised', data: { lessonId: 'l-1', changes: { kind: 'went_well' } } }));

  it('removes a lesson', () =>
    given(drafted(), { type: 'LessonRecorded', data: lesson })
      .when({ type: 'RemoveLesson', data: { lessonId: 'l-1' } })
      .then({ type: 'LessonRemoved', data: { lessonId: 'l-1' } }));

  it('refuses to remove a lesson that does not exist', () =>
    given(drafted())
      .when({ type: 'RemoveLesson', data: { lessonId: 'l-1' } })
      .thenNotFound('Lesson'));
});
