import { z } from 'zod';
import { optionalText } from '../primitives';

export const submitForReviewBody = z.strictObject({});
export const approveReportBody = z.strictObject({ note: optionalText().optional() });
export type ApproveReportBody = z.infer<typeof approveReportBody>;
export const publishReportBody = z.strictObject({ publicSummary: optionalText().optional() });
export type PublishReportBody = z.infer<typeof publishReportBody>;
