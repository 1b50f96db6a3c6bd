import { ConsentSection } from "./sections/consent-section";
import { ConservativeCareSection } from "./sections/conservative-care-section";
import { DiagnosesSection } from "./sections/diagnoses-section";
import { EncounterSection } from "./sections/encounter-section";
import { FindingsSection } from "./sections/findings-section";
import { HistorySection } from "./sections/history-section";
import { PriorSessionsSection } from "./sections/prior-sessions-section";
import { ProcedureSection } from "./sections/procedure-section";
import { SameDayEmSection } from "./sections/same-day-em-section";

/** Every part of the note, in the order of the visit. Must be rendered inside the form's FormProvider. */
export function NoteFormSections() {
  return (
    <>
      <EncounterSection />
      <HistorySection />
      <FindingsSection />
      <ConservativeCareSection />
      <DiagnosesSection />
      <ConsentSection />
      <ProcedureSection />
      <SameDayEmSection />
      <PriorSessionsSection />
    </>
  );
}
