import type { PostmortemDocument } from '@hindsight/contracts';
import { Divider, Tabs } from '@mantine/core';
import { useUrlFilters } from '../../lib/use-url-filters';
import { ActionItemsSection } from './sections/action-items-section';
import { CausesSection } from './sections/causes-section';
import { CommunicationsSection } from './sections/communications-section';
import { EvidenceSection } from './sections/evidence-section';
import { ExecutiveSummarySection } from './sections/executive-summary-section';
import { FactsSection } from './sections/facts-section';
import { LessonsSection } from './sections/lessons-section';
import { ReviewSection } from './sections/review-section';
import { TimelineSection } from './sections/timeline-section';

interface Props {
  report: PostmortemDocument;
  analysisOpen: boolean;
  canEdit: boolean;
  canReview: boolean;
}

/** Editing a report: one tab per section, the chosen tab in the address so it survives a reload or a shared link. */
export const ReportEditor = ({ report: r, analysisOpen, canEdit, canReview }: Props) => {
  const { value, set } = useUrlFilters();
  return (
    <Tabs value={value('tab') || 'facts'} onChange={(tab) => set('tab', tab === 'facts' || !tab ? '' : tab)} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="facts">Facts</Tabs.Tab>
        <Tabs.Tab value="timeline">Timeline ({r.timeline.length})</Tabs.Tab>
        <Tabs.Tab value="evidence">Evidence ({r.evidence.length})</Tabs.Tab>
        <Tabs.Tab value="causes">Causes ({r.causes.length})</Tabs.Tab>
        <Tabs.Tab value="action-items">Action items ({r.actionItems.length})</Tabs.Tab>
        <Tabs.Tab value="lessons">Lessons ({r.lessons.length})</Tabs.Tab>
        <Tabs.Tab value="communications">Communications ({r.communications.length})</Tabs.Tab>
        <Tabs.Tab value="review">Review</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="facts" pt="md">
        <ExecutiveSummarySection report={r} editable={analysisOpen} />
        <Divider my="lg" />
        <FactsSection report={r} editable={analysisOpen} />
      </Tabs.Panel>
      <Tabs.Panel value="timeline" pt="md">
        <TimelineSection report={r} editable={analysisOpen} />
      </Tabs.Panel>
      <Tabs.Panel value="evidence" pt="md">
        <EvidenceSection report={r} editable={analysisOpen} />
      </Tabs.Panel>
      <Tabs.Panel value="causes" pt="md">
        <CausesSection report={r} editable={analysisOpen} />
      </Tabs.Panel>
      <Tabs.Panel value="action-items" pt="md">
        <ActionItemsSection report={r} editable={analysisOpen} canFollowUp={canEdit} />
      </Tabs.Panel>
      <Tabs.Panel value="lessons" pt="md">
        <LessonsSection report={r} editable={analysisOpen} />
      </Tabs.Panel>
      <Tabs.Panel value="communications" pt="md">
        <CommunicationsSection report={r} editable={canEdit} canReview={canReview} />
      </Tabs.Panel>
      <Tabs.Panel value="review" pt="md">
        <ReviewSection report={r} canEdit={canEdit} canReview={canReview} />
      </Tabs.Panel>
    </Tabs>
  );
};
