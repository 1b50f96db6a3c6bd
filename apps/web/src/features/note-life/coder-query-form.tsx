import { useId } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod/mini";
import { CoderQueryRequestSchema, type CoderQueryRequest } from "@tpi/schemas";

type QueryInput = z.input<typeof CoderQueryRequestSchema>;

/** The coder's short question to the physician about a signed note (answered by an addendum). */
export function CoderQueryForm({
  onSubmit,
}: {
  /** Sends the query; resolves once stored (the box then clears), rejects when refused. */
  onSubmit: (values: CoderQueryRequest) => Promise<void>;
}) {
  const id = useId();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<QueryInput, unknown, CoderQueryRequest>({
    resolver: zodResolver(CoderQueryRequestSchema),
    defaultValues: { text: "" },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      reset({ text: "" });
    } catch {
      // The page shows why it was refused; what was typed stays.
    }
  });
  return (
    <form className="query-form" aria-label="New query" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={id}>Question to the physician</label>
        <textarea
          id={id}
          rows={3}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? `${id}-error` : undefined}
          {...register("text")}
        />
        {errors.text ? (
          <p className="field-error" id={`${id}-error`}>
            {errors.text.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={isSubmitting}>
        {isSubmitting ? "Sending…" : "Send query"}
      </button>
    </form>
  );
}
