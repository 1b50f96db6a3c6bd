import { PAYER_PROFILE_OPTIONS } from "../../../shared/payer-profiles";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { PLACE_OF_SERVICE } from "../options";
import { Section } from "./section";

const PAYERS = PAYER_PROFILE_OPTIONS.map((p) => ({ value: p.id, label: p.label }));

export function EncounterSection() {
  return (
    <Section path="encounter" title="Patient and encounter">
      <div className="grid grid-3">
        <TextField path="dateOfService" label="Date of service" type="date" />
        <SelectField path="payerProfileId" label="Payer profile" options={PAYERS} />
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
