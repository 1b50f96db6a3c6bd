import type { ReactNode } from "react";
import { FormProvider, type UseFormReturn } from "react-hook-form";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NoteSchema, type Note, type NoteInput } from "@tpi/schemas";
import type { NoteFormValues } from "../form-types";
import { useNoteForm } from "../use-note-form";

type Form = UseFormReturn<NoteFormValues, unknown, Note>;

/** Renders part of the note form inside the real form (same resolver, same defaults) for component tests. */
export function renderWithNoteForm(ui: ReactNode, input: Partial<NoteInput> = {}) {
  const initial = NoteSchema.parse({
    dateOfService: "2026-11-20",
    payerProfileId: "medicare-lcd-2024",
    ...input,
  });
  const holder: { form: Form | null } = { form: null };
  function Harness() {
    const form = useNoteForm(initial);
    holder.form = form;
    return <FormProvider {...form}>{ui}</FormProvider>;
  }
  const user = userEvent.setup();
  const view = render(<Harness />);
  const form = () => {
    if (!holder.form) throw new Error("form not rendered");
    return holder.form;
  };
  return { ...view, user, form, values: () => form().getValues() };
}
