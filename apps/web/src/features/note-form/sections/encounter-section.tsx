import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { localIsoDate } from "../../../shared/format";
import { StatusMark } from "../../../shared/ui/status-mark";
import { checkDateOfService } from "../date-of-service";
import type { NoteFormValues } from "../form-types";
import { PAYER_PROFILE_OPTIONS } from "../../../shared/payer-profiles";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { PLACE_OF_SERVICE } from "../options";
import { Section } from "./section";

const FALLBACK_PAYERS = PAYER_PROFILE_OPTIONS.map((p) => ({ value: p.id, label: p.label }));

export type PayerOption = { id: string; name: string };

/** Payer profiles come from the API when the app passes them; the built-in three until then. */
export function EncounterSection({
  payerProfiles,
}: {
  payerProfiles?: readonly PayerOption[] | undefined;
}) {
  const payers =
    payerProfiles && payerProfiles.length > 0
      ? payerProfiles.map((p) => ({ value: p.id, label: p.name }))
      : FALLBACK_PAYERS;
  return (
    <Section path="encounter" title="Patient and encounter">
      <div className="grid grid-3">
        <div>
          <TextField path="dateOfService" label="Date of service" type="date" />
          <DateOfServiceConfirm />
        </div>
        <SelectField path="payerProfileId" label="Payer profile" options={payers} />
        <SelectField path="placeOfService" label="Place of service" options={PLACE_OF_SERVICE} />
      </div>
      <div className="grid grid-3">
        <TextField path="renderingProvider.name" label="Rendering provider" autoComplete="name" />
        <TextField
          path="renderingProvider.npi"
          label="Provider NPI"
          emptyAsNull
          inputMode="numeric"
          hint="10 digits"
        />
        <TextField
          path="renderingProvider.credentials"
          label="Credentials"
          hint="e.g. MD, DO, NP"
        />
      </div>
    </Section>
  );
}

/** A date of service long past is asked about once, beside the field; confirming it is remembered. */
function DateOfServiceConfirm() {
  const { control } = useFormContext<NoteFormValues>();
  const dos = useWatch({ control, name: "dateOfService" });
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const check = checkDateOfService(dos, localIsoDate());
  if (check?.kind !== "long-past") return null;
  if (confirmed === dos) {
    return <p className="hint">Date confirmed as the date of the procedure.</p>;
  }
  return (
    <div className="alert alert-warning date-confirm" role="status">
      <p>
        <StatusMark kind="warning" word="Check the date" /> {check.message}
      </p>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => setConfirmed(dos)}
      >
        Yes, {dos} is right
      </button>
    </div>
  );
}
