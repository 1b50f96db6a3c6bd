import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import {
  CodingResultSchema,
  NoteRecordSchema,
  NoteSchema,
  type NoteRecord,
  type Role,
} from "@tpi/schemas";
import { payerProfilesQueryOptions } from "../../../features/api/payer-profiles-list";
import { queryKeys } from "../../../features/api/query-keys";
import { sessionMe } from "../../../testing/session-me";
import { SignedNoteView } from "./signed-note-view";

const RESULT = CodingResultSchema.parse({
  engineVersion: "test",
  codeSets: { icd10cm: "FY2027", hcpcs: "HCPCS 2026", ncciPtp: null, mue: null },
  payerProfile: null,
  claimLines: [
    {
      code: "20552",
      kind: "cpt",
      description: "Trigger point injection, one or two muscles",
      modifiers: [],
      units: 1,
      diagnosisPointers: [1],
      rationale: "One muscle.",
      rules: [{ id: "CPT-TPI-01", version: 1 }],
      evidence: [],
      citations: [],
      drug: null,
    },
  ],
  diagnoses: [],
  findings: [],
  hints: [],
  checklist: [],
});

function signedRecord(status: NoteRecord["status"] = "signed"): NoteRecord {
  return NoteRecordSchema.parse({
    id: "n-1",
    patientId: "p-1",
    status,
    version: 4,
    note: NoteSchema.parse({ dateOfService: "2026-11-29", payerProfileId: "commercial-bcbsa" }),
    createdAt: "2026-11-29T09:00:00.000Z",
    createdBy: "u-ma",
    updatedAt: "2026-11-29T10:00:00.000Z",
    updatedBy: "u-doc",
    signedAt: "2026-11-29T10:00:00.000Z",
    signedBy: "u-doc",
    signedResult: RESULT,
    signature: {
      signedBy: "u-doc",
      signerName: "Dr. Demo Physician",
      signedAt: "2026-11-29T10:00:00.000Z",
      attestation: "I personally performed the procedure.",
      noteSha256: "a".repeat(64),
      engineVersion: "test",
      rules: [],
      codeSets: RESULT.codeSets,
      payerProfile: null,
      result: RESULT,
    },
  });
}

/** The view with its patient and payer profiles already in the cache (no network in this test). */
function renderAs(role: Role, record = signedRecord()) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  client.setQueryData(queryKeys.patient("p-1"), {
    id: "p-1",
    mrn: "DEMO-0004",
    givenName: "Riley",
    familyName: "Example",
    birthDate: "1971-01-30",
    sex: "female",
    defaultPayerProfileId: "commercial-bcbsa",
  });
  client.setQueryData(payerProfilesQueryOptions.queryKey, []);
  return render(
    <QueryClientProvider client={client}>
      <SignedNoteView record={record} me={sessionMe(role)} />
    </QueryClientProvider>,
  );
}

describe("a signed note, read only", () => {
  it("shows the signer and time, the stored claim lines, and no form", async () => {
    renderAs("physician");
    expect(screen.getByText(/^Signed by Dr\. Demo Physician at /)).toBeTruthy();
    expect(await screen.findByTestId("claim-line-20552")).toBeTruthy();
    expect(screen.queryByRole("form", { name: "Trigger point injection note" })).toBeNull();
  });

  it("the physician may add an addendum; no query, no coding", () => {
    renderAs("physician");
    expect(screen.getByRole("form", { name: "New addendum" })).toBeTruthy();
    expect(screen.queryByRole("form", { name: "New query" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Mark coded" })).toBeNull();
  });

  it("the coder may query and mark coded, and change nothing else", () => {
    renderAs("coder");
    expect(screen.getByRole("form", { name: "New query" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Mark coded" })).toBeTruthy();
    expect(screen.queryByRole("form", { name: "New addendum" })).toBeNull();
    const main = document.body;
    const inputs = main.querySelectorAll("input, select, textarea");
    const inQuery = within(screen.getByRole("form", { name: "New query" })).queryAllByRole(
      "textbox",
    );
    expect(inputs.length).toBe(inQuery.length);
  });

  it("a coded note cannot be marked coded again", () => {
    renderAs("coder", signedRecord("coded"));
    expect(screen.queryByRole("button", { name: "Mark coded" })).toBeNull();
    expect(screen.getByRole("form", { name: "New query" })).toBeTruthy();
  });

  it("the assistant only reads", () => {
    renderAs("medical-assistant");
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("button", { name: "Mark coded" })).toBeNull();
  });
});
