import { Link } from "wouter";
import { useDocumentTitle } from "../../shared/use-document-title";

export function NotFoundPage() {
  useDocumentTitle("Not found");
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Back to the worklist</Link>
      </p>
    </section>
  );
}
