/** "TimelineEntryRevised" → "timeline entry revised": an event type as people read it. */
export const describeChange = (type: string): string =>
  type
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
