import { z } from 'zod';
import { optionalText, requiredText } from '../primitives';

export const submitForReviewBody = z.strictObject({});
/** Approving, publishing and reopening are decisions an auditor must be able to read the reason for. */
export const approveReportBody = z.strictObject({ reason: requiredText() });
export type ApproveReportBody = z.infer<typeof approveReportBody>;
export const publishReportBody = z.strictObject({ reason: requiredText(), publicSummary: optionalText().optional() });
export type PublishReportBody = z.infer<typeof publishReportBody>;
