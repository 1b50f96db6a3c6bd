import { isProblemError } from "../../features/api/problem-error";

/** A failed load or write, said plainly, with the server's detail when it gave one. */
export function ErrorMessage({ error, title }: { error: unknown; title: string }) {
  const detail = isProblemError(error)
    ? (error.problem.detail ?? error.problem.title)
    : error instanceof Error
      ? error.message
      : "Unknown error";
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{title}</p>
      <p>{detail}</p>
    </div>
  );
}
