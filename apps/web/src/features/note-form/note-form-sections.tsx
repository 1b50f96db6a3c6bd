import { ConsentSection } from "./sections/consent-section";
import { ConservativeCareSection } from "./sections/conservative-care-section";
import { DiagnosesSection, type DiagnosisInput } from "./sections/diagnoses-section";
import { EncounterSection, type PayerOption } from "./sections/encounter-section";
import { FindingsSection } from "./sections/findings-section";
import { HistorySection } from "./sections/history-section";
import { PriorSessionsSection } from "./sections/prior-sessions-section";
import { ProcedureSection } from "./sections/procedure-section";
import type { MuscleTools } from "./muscle-grid/muscle-grid";
import { SectionNavigator } from "./section-navigator";
import { SameDayEmSection } from "./sections/same-day-em-section";
import { VitalsSection } from "./sections/vitals-section";

/**
 * Every part of the note, in the order of the visit. Must be rendered inside the form's FormProvider.
 * The diagnosis input is passed in (the app gives the ICD-10-CM search picker) so this feature does not
 * import another one; without it, a plain ordered code list is used.
 */
export function NoteFormSections({
  diagnosisInput,
  payerProfiles,
  muscleTools,
}: {
  diagnosisInput?: DiagnosisInput;
  payerProfiles?: readonly PayerOption[] | undefined;
  muscleTools?: MuscleTools | undefined;
}) {
  return (
    <>
      <SectionNavigator />
      <EncounterSection payerProfiles={payerProfiles} />
      <HistorySection />
      <VitalsSection />
      <FindingsSection />
      <ConservativeCareSection />
      <DiagnosesSection input={diagnosisInput} />
      <ConsentSection />
      <ProcedureSection muscleTools={muscleTools} />
      <SameDayEmSection />
      <PriorSessionsSection />
    </>
  );
}
