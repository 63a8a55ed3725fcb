import type { Problem } from '@hindsight/contracts';
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { type ConflictChoice, ConflictDialog } from './conflict-dialog';

type Ask = (problem: Problem, action: string) => Promise<ConflictChoice>;

const ConflictContext = createContext<Ask | null>(null);

/** Lets any command ask the user how to settle a conflict, with one dialog for the whole editor. */
export const ConflictProvider = ({ children }: { children: ReactNode }) => {
  const [pending, setPending] = useState<{ problem: Problem; action: string; resolve: (choice: ConflictChoice) => void } | null>(null);
  const ask = useCallback<Ask>((problem, action) => new Promise((resolve) => setPending({ problem, action, resolve })), []);
  const choose = (choice: ConflictChoice) => {
    pending?.resolve(choice);
    setPending(null);
  };
  return (
    <ConflictContext.Provider value={ask}>
      {children}
      <ConflictDialog problem={pending?.problem ?? null} action={pending?.action ?? ''} onChoose={choose} />
    </ConflictContext.Provider>
  );
};

export const useConflictResolver = (): Ask => {
  const ask = useContext(ConflictContext);
  if (!ask) throw new Error('useConflictResolver needs a ConflictProvider');
  return ask;
};
