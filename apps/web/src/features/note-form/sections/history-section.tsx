import { ChipGroup } from "../fields/chip-group";
import { DurationField } from "../fields/duration-field";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import { PAIN_CHARACTER, PAIN_SCALE } from "../options";
import { Section } from "./section";

export function HistorySection() {
  return (
    <Section path="history" title="History">
      <ChipGroup path="history.painCharacter" label="Pain character" options={PAIN_CHARACTER} />
      <div className="grid grid-2">
        <DurationField path="history.duration" label="Duration of symptoms" />
        <TextField path="history.location" label="Location of pain" />
      </div>
      <div className="grid grid-2">
        <TextField path="history.referredPain" label="Referred pain pattern" />
        <TextField path="history.functionalEffect" label="Effect on function" />
      </div>
      <div className="grid grid-3">
        <SelectField
          path="history.painScale"
          label="Pain scale"
          options={PAIN_SCALE}
          nullable
          deps={["history.painScoreBefore", "history.painScoreAfter"]}
        />
        <NumberField
          path="history.painScoreBefore"
          label="Pain before injection"
          nullable
          min={0}
          max={100}
        />
        <NumberField
          path="history.painScoreAfter"
          label="Pain after injection"
          nullable
          min={0}
          max={100}
        />
      </div>
      <TextField
        path="history.functionalScale"
        label="Functional scale and score"
        hint="Name the instrument and its score, e.g. Neck Disability Index 32 %"
      />
    </Section>
  );
}
