import { Faker, en } from '@faker-js/faker';
import type { DetectionMethod, PostmortemCommand, Severity } from '@hindsight/domain';
import { ecommerceSale } from './ecommerce-sale';
import { INCIDENT_KINDS, type IncidentKind } from './incident-kinds';
import { organisation, type Team } from './organisation';
import { signalImport } from './signal-import';
import type { Step } from './step';

export interface HistoryOptions {
  incidents?: number;
  months?: number;
  seed?: number;
  /** The simulated present: nothing happens after it. */
  end?: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Fast detection is an alert's doing; slow detection, a person's or a customer's. Derived, so the seeded history stays as it was. */
const detectionAfter = (delayMs: number): DetectionMethod =>
  delayMs <= 15 * MINUTE ? 'alert' : delayMs <= 30 * MINUTE ? 'automated_check' : delayMs <= HOUR ? 'staff' : 'customer_report';

/**
 * A realistic history of incident reviews, the same for the same seed: incidents spread over
 * the months, causes that genuinely recur (configuration errors surge in the last quarter),
 * action items followed through at their due dates or left overdue, and the e-commerce sale
 * slowdown among them. Steps are in time order, as the commands would have been sent.
 */
export const generateHistory = ({ incidents = 200, months = 18, seed = 7, end = new Date() }: HistoryOptions = {}): Step[] => {
  const faker = new Faker({ locale: [en], seed });
  const teams = organisation(faker);
  const start = end.getTime() - months * 30 * DAY;
  const surge = end.getTime() - 90 * DAY;
  const steps: Step[] = [];

  for (let n = 0; n < incidents - 1; n++) {
    const occurred = faker.number.int({ min: start, max: end.getTime() - 3 * DAY });
    const kindWeights = INCIDENT_KINDS.map((_, i) => (i === 1 && occurred > surge ? 8 : 1));
    const kind = faker.helpers.weightedArrayElement(INCIDENT_KINDS.map((k, i) => ({ value: k, weight: kindWeights[i] })));
    steps.push(...incident(faker, faker.helpers.arrayElement(teams), kind, occurred, end.getTime()));
  }
  const commerce = teams[0];
  steps.push(...ecommerceSale(faker, commerce, end.getTime() - 60 * DAY));
  return steps.filter((s) => Date.parse(s.at) <= end.getTime()).sort((a, b) => a.at.localeCompare(b.at));
};

const SEVERITY_WEIGHTS: { value: Severity; weight: number }[] = [
  { value: 'SEV1', weight: 5 },
  { value: 'SEV2', weight: 20 },
  { value: 'SEV3', weight: 45 },
  { value: 'SEV4', weight: 30 },
];

const iso = (ms: number) => new Date(ms).toISOString();
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A SEV1 is a major ICT-related incident under DORA: classified within the hour of detection, the
 * initial notification sent within hours (now and then late), the intermediate report in the days
 * after (sometimes late too). Each is recorded as sent when it went out.
 */
const doraFilings = (faker: Faker, postmortemId: string, [actor, reviewer]: [string, string], classified: number, from: number): Step[] => {
  const initial = classified + faker.number.int({ min: 60, max: 300 }) * MINUTE;
  const intermediate = initial + faker.number.int({ min: 24, max: 80 }) * HOUR;
  const [regulator, first, second] = [faker.string.uuid(), faker.string.uuid(), faker.string.uuid()];
  const step = (at: number, command: PostmortemCommand): Step => ({ postmortemId, actor, at: iso(Math.max(at, from)), command });
  const filing = (at: number, id: string, stage: string, summary: string) => [
    step(at, { type: 'PlanCommunication', data: { id, stakeholderIds: [regulator], channel: 'regulatory_report', summary, filing: { regime: 'eu-dora', stage } } }),
    { ...step(at, { type: 'ApproveCommunication', data: { communicationId: id } }), actor: reviewer },
    step(at + MINUTE, { type: 'RecordCommunicationSent', data: { communicationId: id, sentAt: iso(at) } }),
  ];
  return [
    step(from, { type: 'AddStakeholder', data: { id: regulator, name: 'Financial supervisor', group: 'regulator', channel: 'regulatory_report' } }),
    ...filing(initial, first, 'initial', 'DORA initial notification'),
    ...filing(intermediate, second, 'intermediate', 'DORA intermediate report'),
  ];
};

const incident = (faker: Faker, team: Team, kind: IncidentKind, occurred: number, end: number): Step[] => {
  const postmortemId = faker.string.uuid();
  const editor = faker.helpers.arrayElement(team.editors);
  const service = faker.helpers.arrayElement(team.services);
  const severity = faker.helpers.weightedArrayElement(SEVERITY_WEIGHTS);
  const detected = occurred + faker.number.int({ min: kind.detectMinutes[1], max: kind.detectMinutes[0] }) * MINUTE;
  const classified = detected + faker.number.int({ min: 1, max: 15 }) * MINUTE;
  const mitigated = detected + faker.number.int({ min: 8, max: 90 }) * MINUTE;
  const resolved = mitigated + faker.number.int({ min: 5, max: 300 }) * MINUTE;
  const steps: Step[] = [];
  let clock = resolved + faker.number.int({ min: 1, max: 20 }) * HOUR;
  const send = (command: PostmortemCommand, actor = editor, at = clock) => {
    steps.push({ postmortemId, command, actor, at: iso(at) });
    clock = at + faker.number.int({ min: 1, max: 12 }) * MINUTE;
  };
  const id = () => faker.string.uuid();

  send({
    type: 'DraftPostmortem',
    data: {
      postmortemId,
      facts: {
        title: capitalised(kind.title(service)),
        severity,
        services: [service],
        team: team.name,
        occurredAt: iso(occurred),
        detectedAt: iso(detected),
        classifiedAt: iso(classified),
        ...(severity === 'SEV1' ? { regimes: ['eu-dora'], becameAwareAt: iso(detected), classifiedMajorAt: iso(classified) } : {}),
        mitigatedAt: iso(mitigated),
        resolvedAt: iso(resolved),
        customerImpact: kind.impact,
        summary: `${kind.causes[0].text}. ${kind.causes[1].text}.`,
        externalReference: { id: `INC-${postmortemId.slice(0, 6).toUpperCase()}`, url: `https://pager.shop.example/incidents/${postmortemId.slice(0, 6)}` },
        detectionMethod: detectionAfter(detected - occurred),
      },
    },
  });

  const evidenceIds = kind.evidence.map((e) => {
    const evidenceId = id();
    send({ type: 'AttachEvidence', data: { id: evidenceId, kind: e.kind, title: e.title, url: `https://observability.shop.example/${service}/${evidenceId.slice(0, 8)}`, description: '' } });
    return evidenceId;
  });
  const span = (resolved - occurred) / kind.timeline.length;
  const entryIds = kind.timeline.map((t) => {
    const entryId = id();
    const at = t.offsetMinutes < 0 ? occurred + t.offsetMinutes * MINUTE : occurred + t.offsetMinutes * span;
    send({ type: 'AddTimelineEntry', data: { id: entryId, at: iso(at), kind: t.kind, description: t.text, evidenceIds: t.kind === 'observation' ? evidenceIds.slice(0, 1) : [] } });
    return entryId;
  });
  const signal = signalImport(postmortemId, service, occurred, detected);
  if (signal) steps.push({ postmortemId, command: signal, actor: editor, at: iso(clock) });
  const causeIds = kind.causes.slice(0, faker.number.int({ min: 2, max: kind.causes.length })).map((c, i) => {
    const causeId = id();
    send({
      type: 'IdentifyCause',
      data: { id: causeId, level: c.level, category: c.category, description: c.text, evidenceIds: i === 0 ? evidenceIds.slice(0, 1) : [], timelineEntryIds: i === 0 ? entryIds.slice(0, 1) : [] },
    });
    return causeId;
  });

  const followUps: Step[] = [];
  for (const action of kind.actions.filter((a) => a.cause < causeIds.length)) {
    const itemId = id();
    const owner = faker.datatype.boolean() ? { kind: 'person' as const, name: faker.helpers.arrayElement(team.editors) } : { kind: 'team' as const, name: team.name };
    const due = clock + faker.number.int({ min: 14, max: 60 }) * DAY;
    send({
      type: 'ProposeActionItem',
      data: {
        id: itemId,
        title: action.title,
        description: action.description,
        successCriteria: action.criteria,
        type: action.type,
        dueDate: iso(due).slice(0, 10),
        owner,
        causeIds: [causeIds[action.cause]],
        priority: { frequency: faker.helpers.arrayElement(['rare', 'occasional'] as const), effort: action.effort },
      },
    });
    const fate = faker.number.float();
    const actor = owner.kind === 'person' ? owner.name : editor;
    const started = clock + faker.number.int({ min: 2, max: 10 }) * DAY;
    followUps.push({ postmortemId, actor, at: iso(started), command: { type: 'ChangeActionItemStatus', data: { actionItemId: itemId, status: 'in_progress' } } });
    if (fate < 0.72) {
      const done = Math.max(started + DAY, due - faker.number.int({ min: 0, max: 10 }) * DAY);
      followUps.push({ postmortemId, actor, at: iso(done), command: { type: 'CompleteActionItem', data: { actionItemId: itemId, verificationNote: `Verified: ${action.criteria.toLowerCase()}` } } });
    } else if (fate < 0.82) {
      followUps.push({ postmortemId, actor, at: iso(started + DAY), command: { type: 'DeclineActionItem', data: { actionItemId: itemId, reason: 'Superseded by a platform-wide change' } } });
    }
  }

  kind.lessons.forEach((text, i) => send({ type: 'RecordLesson', data: { id: id(), kind: i === 0 ? 'went_well' : 'went_wrong', text } }));

  const stakeholderId = id();
  send({ type: 'AddStakeholder', data: { id: stakeholderId, name: 'Support team', group: 'internal', channel: 'internal_meeting' } });
  const meeting = id();
  send({ type: 'PlanCommunication', data: { id: meeting, stakeholderIds: [stakeholderId], channel: 'internal_meeting', summary: 'Walk-through of the incident and its actions', plannedFor: iso(clock + 2 * DAY) } });
  if (severity === 'SEV1' || severity === 'SEV2') {
    const customers = id();
    send({ type: 'AddStakeholder', data: { id: customers, name: 'Customers', group: 'customer', channel: 'status_page' } });
    const notice = id();
    send({ type: 'PlanCommunication', data: { id: notice, stakeholderIds: [customers], channel: 'status_page', summary: `${capitalised(kind.title(service))}: resolved` } });
    send({ type: 'ApproveCommunication', data: { communicationId: notice } }, team.reviewer);
    send({ type: 'RecordCommunicationSent', data: { communicationId: notice, sentAt: iso(mitigated) } });
  }
  if (severity === 'SEV1') followUps.push(...doraFilings(faker, postmortemId, [editor, team.reviewer], classified, clock).filter((step) => Date.parse(step.at) < end));
  followUps.push({ postmortemId, actor: editor, at: iso(clock + 2 * DAY), command: { type: 'RecordCommunicationSent', data: { communicationId: meeting, sentAt: iso(clock + 2 * DAY) } } });

  // Most reviews are published within days; the most recent ones are still being written. Some
  // are sent back once for changes, a few are reopened after publication, a few drafts stall.
  const review = faker.number.float();
  const later = (at: number, command: Step['command'], actor = editor) => at < end && followUps.push({ postmortemId, actor, at: iso(at), command });
  if (review < 0.05) return [...steps, ...followUps];
  let submitted = clock + faker.number.int({ min: 1, max: 4 }) * DAY;
  later(submitted, { type: 'SubmitForReview', data: {} });
  if (review < 0.2) {
    const sentBack = submitted + faker.number.int({ min: 6, max: 30 }) * HOUR;
    later(sentBack, { type: 'RequestChanges', data: { reason: 'The contributing causes need evidence before this is approved' } }, team.reviewer);
    submitted = sentBack + faker.number.int({ min: 1, max: 5 }) * DAY;
    later(submitted, { type: 'SubmitForReview', data: {} });
  }
  // A few reviewers take weeks, so the latest of those reports wait in review or approved.
  const slow = review > 0.85 && review <= 0.96;
  const approved = submitted + faker.number.int(slow ? { min: 10 * 24, max: 40 * 24 } : { min: 12, max: 48 }) * HOUR;
  const published = approved + faker.number.int(slow ? { min: 5 * 24, max: 15 * 24 } : { min: 1, max: 20 }) * HOUR;
  later(approved, { type: 'ApproveReport', data: { note: 'Thorough and actionable' } }, team.reviewer);
  const customerFacing = severity === 'SEV1' || severity === 'SEV2';
  later(published, { type: 'PublishReport', data: customerFacing ? { publicSummary: capitalised(kind.publicSummary(service)) } : {} }, team.reviewer);
  if (review > 0.96) later(published + faker.number.int({ min: 3, max: 20 }) * DAY, { type: 'ReopenReport', data: { reason: 'A second incident showed the root cause was incomplete' } }, team.reviewer);
  return [...steps, ...followUps];
};
