/**
 * Runs work once, when the app has been quiet for a while: `touch()` on every request pushes it
 * back, so that background work (loading the search index) never delays what the user asked for.
 * Errors are swallowed: whatever the work does again on demand reports them there.
 */
export function afterQuiet(work: () => void, quietMs: number): { touch(): void } {
  let done = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    if (done) return;
    timer = setTimeout(() => {
      done = true;
      try {
        work();
      } catch {
        // Left to the first query.
      }
    }, quietMs);
    timer.unref();
  };
  schedule();
  return { touch: schedule };
}
