import type { Projection } from '../projection';
import { actionItemsProjection } from './action-items.projection';
import { activityProjection } from './activity.projection';
import { causesProjection } from './causes.projection';
import { communicationsProjection } from './communications.projection';
import { directoryProjection } from './directory.projection';
import { noticesProjection } from './notices.projection';
import { outboxProjection } from './outbox.projection';
import { publicIncidentsProjection } from './public-incidents.projection';
import { reportDocumentProjection } from './report-document.projection';
import { suggestionsProjection } from './suggestions.projection';
import { timelineProjection } from './timeline.projection';
import { trendsProjection } from './trends.projection';

/** Every read model Hindsight maintains. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  reportDocumentProjection,
  timelineProjection,
  causesProjection,
  actionItemsProjection,
  communicationsProjection,
  trendsProjection,
  activityProjection,
  directoryProjection,
  outboxProjection,
  publicIncidentsProjection,
  noticesProjection,
  suggestionsProjection,
];
