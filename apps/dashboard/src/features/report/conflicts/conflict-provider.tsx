import type { Problem } from '@hindsight/contracts';
import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';
import { type ConflictAnswer, ConflictDialog, type MergeView } from './conflict-dialog';

type Ask = (problem: Problem, action: string, merge?: MergeView) => Promise<ConflictAnswer>;

const ConflictContext = createContext<Ask | null>(null);

interface Pending {
  id: number;
  problem: Problem;
  action: string;
  merge?: MergeView;
  resolve: (answer: ConflictAnswer) => void;
}

/** Lets any command ask the user how to settle a conflict, with one dialog for the whole editor. */
export const ConflictProvider = ({ children }: { children: ReactNode }) => {
  const [pending, setPending] = useState<Pending | null>(null);
  const asked = useRef(0);
  const ask = useCallback<Ask>((problem, action, merge) => new Promise((resolve) => setPending({ id: ++asked.current, problem, action, merge, resolve })), []);
  const choose = (answer: ConflictAnswer) => {
    pending?.resolve(answer);
    setPending(null);
  };
  return (
    <ConflictContext.Provider value={ask}>
      {children}
      {/* A fresh dialog per conflict: no decision carries over from the last one. */}
      <ConflictDialog key={pending?.id ?? 0} problem={pending?.problem ?? null} action={pending?.action ?? ''} merge={pending?.merge} onChoose={choose} />
    </ConflictContext.Provider>
  );
};

export const useConflictResolver = (): Ask => {
  const ask = useContext(ConflictContext);
  if (!ask) throw new Error('useConflictResolver needs a ConflictProvider');
  return ask;
};
