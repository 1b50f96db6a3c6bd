import { useId } from "react";
import type { CoderWorklistQuery } from "@tpi/schemas";

type Props = {
  value: CoderWorklistQuery;
  onChange: (next: CoderWorklistQuery) => void;
  payerProfiles: readonly { id: string; name: string }[];
};

/**
 * The coder's filters: a date-of-service range, the rendering provider (part of the name) and the
 * payer profile. Each change applies at once; blank means "any".
 */
export function CoderFilters({ value, onChange, payerProfiles }: Props) {
  const id = useId();
  const set = (patch: Partial<CoderWorklistQuery>) => {
    const next: CoderWorklistQuery = { ...value, ...patch };
    // Blank boxes mean "any": leave them out of the query rather than send "".
    for (const key of Object.keys(next) as (keyof CoderWorklistQuery)[]) {
      if (next[key] === "" || next[key] === undefined) delete next[key];
    }
    onChange(next);
  };
  return (
    <form
      className="filters"
      aria-label="Filter the coding worklist"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-from`}>Date of service from</label>
        <input
          id={`${id}-from`}
          type="date"
          value={value.from ?? ""}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Date of service to</label>
        <input
          id={`${id}-to`}
          type="date"
          value={value.to ?? ""}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-provider`}>Provider</label>
        <input
          id={`${id}-provider`}
          type="search"
          autoComplete="off"
          value={value.provider ?? ""}
          onChange={(e) => set({ provider: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-payer`}>Payer profile</label>
        <select
          id={`${id}-payer`}
          value={value.payerProfileId ?? ""}
          onChange={(e) => set({ payerProfileId: e.currentTarget.value })}
        >
          <option value="">Any payer</option>
          {payerProfiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
