import { useId } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod/mini";
import { AddendumRequestSchema, type AddendumRequest, type CoderQuery } from "@tpi/schemas";

type AddendumInput = z.input<typeof AddendumRequestSchema>;

type Props = {
  /** Open queries the addendum may answer. */
  openQueries: readonly CoderQuery[];
  /** Sends the addendum; resolves once stored (the form then clears), rejects when refused. */
  onSubmit: (values: AddendumRequest) => Promise<void>;
};

/**
 * A physician's addendum to a signed note: the reason and the text, checked with the API's own
 * schema before sending. When the coder has open queries, the addendum can answer one of them.
 */
export function AddendumForm({ openQueries, onSubmit }: Props) {
  const ids = { reason: useId(), text: useId(), query: useId() };
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddendumInput, unknown, AddendumRequest>({
    resolver: zodResolver(AddendumRequestSchema),
    defaultValues: { reason: "", text: "", answersQueryId: openQueries[0]?.id ?? null },
  });
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit({ ...values, answersQueryId: values.answersQueryId || null });
      reset({ reason: "", text: "", answersQueryId: null });
    } catch {
      // The page shows why it was refused; what was typed stays.
    }
  });
  return (
    <form
      className="addendum-form"
      aria-label="New addendum"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <div className="field">
        <label htmlFor={ids.reason}>Reason for the addendum</label>
        <input
          id={ids.reason}
          type="text"
          autoComplete="off"
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${ids.reason}-error` : undefined}
          {...register("reason")}
        />
        {errors.reason ? (
          <p className="field-error" id={`${ids.reason}-error`}>
            {errors.reason.message}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={ids.text}>Addendum</label>
        <textarea
          id={ids.text}
          rows={4}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? `${ids.text}-error` : undefined}
          {...register("text")}
        />
        {errors.text ? (
          <p className="field-error" id={`${ids.text}-error`}>
            {errors.text.message}
          </p>
        ) : null}
      </div>
      {openQueries.length > 0 ? (
        <div className="field">
          <label htmlFor={ids.query}>Answers the query</label>
          <select id={ids.query} {...register("answersQueryId")}>
            <option value="">None (not an answer to a query)</option>
            {openQueries.map((q) => (
              <option key={q.id} value={q.id}>
                {q.authorName}: {q.text.length > 60 ? `${q.text.slice(0, 60)}…` : q.text}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="button button-primary" disabled={isSubmitting}>
        {isSubmitting ? "Adding…" : "Add addendum"}
      </button>
    </form>
  );
}
