import { useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NoteSchema, type Note, type NoteInput } from "@tpi/schemas";
import { CodePanel } from "../../code-panel";
import { seedCodeSets } from "../../code-sets/code-sets.test-support";
import { CodingResultContext, createCodingResultStore } from "../../../shared/coding-result";
import type { NoteFormValues } from "../form-types";
import { useLiveNote } from "../use-live-note";
import { renderWithNoteForm } from "./render-with-note-form";

/**
 * Part of the form beside the real code panel, as the editor has them: the panel runs the engine on
 * the live note (real code sets, seeded as the API would send them) and shares its result with the
 * form, so a test sees what the user sees in both places.
 */
export function renderWithCodePanel(ui: ReactNode, input: Partial<NoteInput> = {}) {
  const initial = NoteSchema.parse({
    dateOfService: "2026-11-20",
    payerProfileId: "medicare-lcd-2024",
    ...input,
  });
  const client = new QueryClient();
  seedCodeSets(client, initial);
  function Panel() {
    const form = useFormContext<NoteFormValues, unknown, Note>();
    const { note } = useLiveNote(form, initial);
    return <CodePanel note={note} onJumpToField={() => undefined} />;
  }
  function Shell() {
    const [store] = useState(createCodingResultStore);
    return (
      <QueryClientProvider client={client}>
        <CodingResultContext.Provider value={store}>
          {ui}
          <Panel />
        </CodingResultContext.Provider>
      </QueryClientProvider>
    );
  }
  return renderWithNoteForm(<Shell />, input);
}
