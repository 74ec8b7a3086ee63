import type { Outlet } from '../../domain/types';

/** The options of an outlet picker: a first choice for "none" (worded by the caller), then each outlet. */
export function OutletOptions({ outlets, none }: { outlets: readonly Outlet[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {outlets.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </>
  );
}
