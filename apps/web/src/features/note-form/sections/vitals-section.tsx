import { NumberField } from "../fields/number-field";
import { Section } from "./section";

/** Vital signs before the procedure: each optional, in the units printed beside it. */
export function VitalsSection() {
  return (
    <Section path="vitals" title="Vitals">
      <div className="grid grid-4">
        <NumberField
          path="vitals.systolicMmHg"
          label="Blood pressure, systolic"
          nullable
          min={50}
          max={300}
          step={1}
          suffix="mmHg"
        />
        <NumberField
          path="vitals.diastolicMmHg"
          label="Blood pressure, diastolic"
          nullable
          min={20}
          max={200}
          step={1}
          suffix="mmHg"
        />
        <NumberField
          path="vitals.heartRatePerMin"
          label="Heart rate"
          nullable
          min={20}
          max={250}
          step={1}
          suffix="/min"
        />
        <NumberField
          path="vitals.respiratoryRatePerMin"
          label="Respiratory rate"
          nullable
          min={4}
          max={60}
          step={1}
          suffix="/min"
        />
      </div>
      <div className="grid grid-4">
        <NumberField
          path="vitals.temperatureF"
          label="Temperature"
          nullable
          min={86}
          max={113}
          step={0.1}
          suffix="°F"
        />
        <NumberField
          path="vitals.spo2Percent"
          label="Oxygen saturation (SpO₂)"
          nullable
          min={50}
          max={100}
          step={1}
          suffix="%"
        />
        <NumberField
          path="vitals.weightLb"
          label="Weight"
          nullable
          min={2}
          max={1000}
          step={0.1}
          suffix="lb"
        />
      </div>
    </Section>
  );
}
