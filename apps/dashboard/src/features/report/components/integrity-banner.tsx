import { Alert } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { reportIntegrityQuery } from '../api/integrity-query';

/**
 * Says so, above everything else, when this report's events failed verification against the
 * log's signed checkpoint: what is shown may not be what was recorded.
 */
export const IntegrityBanner = ({ id }: { id: string }) => {
  const integrity = useQuery(reportIntegrityQuery(id));
  const verdict = integrity.data;
  if (verdict?.status === 'failed') {
    return (
      <Alert color="red" variant="filled" title="This report’s history failed verification" role="alert">
        Its stored events no longer match the log’s signed checkpoint, at {verdict.reason}. What you see may not be what was recorded: ask an auditor to check it against a
        witnessed checkpoint before relying on it.
      </Alert>
    );
  }
  if (verdict?.status === 'unverified') {
    return (
      <Alert color="yellow" title="The log failed verification" role="alert">
        Another part of the log no longer matches its signed checkpoint, so this report could not be verified either: {verdict.reason}. Ask an auditor before relying on it.
      </Alert>
    );
  }
  return null;
};
