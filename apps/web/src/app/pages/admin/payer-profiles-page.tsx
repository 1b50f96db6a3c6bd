import { useState } from "react";
import type { PayerProfile } from "@tpi/schemas";
import { useClinicPayerProfiles, useSavePayerProfile } from "../../../features/api/admin";
import { usePayerProfiles } from "../../../features/api/payer-profiles-list";
import { PayerProfileEditor } from "../../../features/admin/payer-profile-editor";
import { formatDateTime } from "../../../shared/format";
import { ErrorMessage } from "../../../shared/ui/error-message";
import { Loading } from "../../../shared/ui/loading";
import { useDocumentTitle } from "../../../shared/use-document-title";

/** The example of docs/payer-profiles.md: what a clinic's profile usually says. */
const EXAMPLE = {
  id: "acme-health-ppo",
  name: "Acme Health PPO",
  description: "Acme medical policy MP-123, reviewed 2026-05",
  effective: { from: "2026-01-01", to: null },
  frequency: { maxSessions: 4, windowMonths: 12 },
  conservativeCareMinWeeks: 6,
  imagingGuidance: { ultrasound: "investigational", fluoroscopy: "covered" },
  bundledAgentClasses: ["local-anesthetic", "saline"],
};

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

type Editing = { versionOf: string | null; text: string; key: number };

/** The clinic's own payer profiles: list with versions, create, new version (JSON). */
export function PayerProfilesPage() {
  useDocumentTitle("Payer profiles");
  const clinic = useClinicPayerProfiles();
  const active = usePayerProfiles();
  const save = useSavePayerProfile();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState<PayerProfile | null>(null);
  const clinicIds = new Set(clinic.data?.map((p) => p.id) ?? []);
  const builtIns = (active.data ?? []).filter((p) => !clinicIds.has(p.id));

  const open = (versionOf: string | null, value: unknown) => {
    setSaved(null);
    setEditing({ versionOf, text: pretty(value), key: Date.now() });
  };

  return (
    <section className="admin-page">
      <h1>Payer profiles</h1>
      <p className="muted">
        The engine applies a payer&apos;s limits from its profile, in every browser and when a note
        is signed. The built-in profiles come with TPI Note; add the clinic&apos;s own here. Each
        save is a new version: signed notes keep the version they were coded with.
      </p>
      {saved ? (
        <p className="alert alert-info" role="status">
          Saved {saved.name} ({saved.id}) as version {saved.version}. Notes are coded with it from
          now on.
        </p>
      ) : null}

      {editing ? (
        <section className="card" aria-labelledby="profile-editor-title">
          <h2 id="profile-editor-title">
            {editing.versionOf === null
              ? "New payer profile"
              : `New version of ${editing.versionOf}`}
          </h2>
          <PayerProfileEditor
            key={editing.key}
            initialText={editing.text}
            versionOf={editing.versionOf}
            onCancel={() => setEditing(null)}
            onSave={async (profile) => {
              const result = await save.mutateAsync({ profile, versionOf: editing.versionOf });
              setEditing(null);
              setSaved(result);
              return result;
            }}
          />
        </section>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            onClick={() => open(null, EXAMPLE)}
          >
            New profile from the example
          </button>
          {builtIns.map((p) => (
            <button
              key={p.id}
              type="button"
              className="button button-secondary"
              onClick={() =>
                open(null, {
                  ...p,
                  id: `clinic-${p.id}`,
                  name: `${p.name} (clinic)`,
                  version: undefined,
                })
              }
            >
              New profile from {p.name}
            </button>
          ))}
        </div>
      )}

      <h2 id="clinic-profiles-title">The clinic&apos;s profiles</h2>
      {clinic.isPending ? <Loading label="Loading the clinic's profiles" /> : null}
      {clinic.isError ? (
        <ErrorMessage error={clinic.error} title="Could not load the clinic's profiles" />
      ) : null}
      {clinic.data && clinic.data.length === 0 ? (
        <p className="card">No clinic profiles yet: notes use the built-in ones.</p>
      ) : null}
      {clinic.data && clinic.data.length > 0 ? (
        <div className="table-scroll">
          <table className="table" aria-labelledby="clinic-profiles-title">
            <thead>
              <tr>
                <th scope="col">Profile</th>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">Earlier versions</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {clinic.data.map((entry) => {
                const [latest, ...older] = entry.versions;
                if (!latest) return null;
                return (
                  <tr key={entry.id} data-profile-id={entry.id}>
                    <th scope="row">
                      {latest.profile.name}
                      <span className="muted small block">
                        <code>{entry.id}</code>
                      </span>
                    </th>
                    <td>{latest.profile.version}</td>
                    <td>
                      {formatDateTime(latest.createdAt)}
                      <span className="muted small block">by {latest.createdByName}</span>
                    </td>
                    <td>
                      {older.length === 0 ? (
                        <span className="muted">none</span>
                      ) : (
                        <details>
                          <summary>
                            {older.length} earlier version{older.length > 1 ? "s" : ""}
                          </summary>
                          <ul className="plain-list">
                            {older.map((v) => (
                              <li key={v.profile.version}>
                                Version {v.profile.version}, {formatDateTime(v.createdAt)} by{" "}
                                {v.createdByName}
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        onClick={() => open(entry.id, latest.profile)}
                        aria-label={`Edit ${latest.profile.name} (new version)`}
                        disabled={editing !== null}
                      >
                        Edit
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      <h2>Built-in profiles</h2>
      <ul>
        {(active.data ?? [])
          .filter((p) => !clinicIds.has(p.id))
          .map((p) => (
            <li key={p.id}>
              {p.name} <code className="muted">{p.id}</code>
            </li>
          ))}
      </ul>
    </section>
  );
}
