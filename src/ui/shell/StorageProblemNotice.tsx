import type { StorageProblem } from '../../state/ui-store';

/** Shown in place of the views when the database cannot be used, so the page is never blank. */
export function StorageProblemNotice({ problem }: { problem: StorageProblem }) {
  return (
    <section role="alert" aria-labelledby="storage-problem-heading" className="problem">
      <h1 id="storage-problem-heading">{problem.title}</h1>
      <p>{problem.detail}</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload Slant
      </button>
    </section>
  );
}
