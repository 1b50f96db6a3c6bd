import { CheckboxField } from "../fields/checkbox-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { CONSENT_FORM } from "../options";
import { Section } from "./section";

export function ConsentSection() {
  return (
    <Section path="consent" title="Consent">
      <CheckboxField
        path="consent.risksBenefitsAlternativesDiscussed"
        label="Risks, benefits and alternatives discussed"
      />
      <CheckboxField path="consent.obtained" label="Informed consent obtained" />
      <div className="grid grid-2">
        <SelectField path="consent.form" label="Consent form" options={CONSENT_FORM} nullable />
        <TextField path="consent.obtainedBy" label="Consent obtained by" />
      </div>
    </Section>
  );
}
