/** Where a command writes: standard output for results, standard error for failures. */
export interface Output {
  print: (line: string) => void;
  fail: (line: string) => void;
}
