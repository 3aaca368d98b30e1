// Long work in the worker: a progress bar (without a value while the amount of work is not
// known yet) and a sentence saying what is being done, announced politely.
export interface ProgressState {
  text: string;
  done: number | null;
  total: number | null;
}

export function Progress({ state }: { state: ProgressState }) {
  const known = state.done !== null && state.total !== null && state.total > 0;
  return (
    <div class="progress" role="status">
      {known ? <progress max={state.total ?? 1} value={state.done ?? 0} aria-label={state.text} /> : <progress aria-label={state.text} />}
      <span>{state.text}</span>
    </div>
  );
}
