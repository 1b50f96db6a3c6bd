import type { NoteSignature } from "@tpi/schemas";
import { formatDateTime } from "../../shared/format";

/**
 * What the signature stands for: who signed, when, the statement attested, and what the stored codes
 * were computed with (engine, payer profile, the note's hash), so a reader can tell it from a draft.
 */
export function SignatureFacts({
  signature,
  payerName,
}: {
  signature: NoteSignature;
  payerName: (id: string) => string;
}) {
  return (
    <section className="signature" aria-labelledby="signature-title">
      <h2 id="signature-title">Signature</h2>
      <dl className="facts">
        <div>
          <dt>Signed by</dt>
          <dd>{signature.signerName}</dd>
        </div>
        <div>
          <dt>Signed at</dt>
          <dd>
            <time dateTime={signature.signedAt}>{formatDateTime(signature.signedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Payer rules</dt>
          <dd>
            {signature.payerProfile
              ? `${payerName(signature.payerProfile.id)} (version ${signature.payerProfile.version})`
              : "none"}
          </dd>
        </div>
        <div>
          <dt>Engine</dt>
          <dd>{signature.engineVersion}</dd>
        </div>
        <div>
          <dt>Note hash (SHA-256)</dt>
          <dd>
            <code title={signature.noteSha256}>{signature.noteSha256.slice(0, 12)}…</code>
          </dd>
        </div>
      </dl>
      <blockquote className="attestation-text">{signature.attestation}</blockquote>
    </section>
  );
}
