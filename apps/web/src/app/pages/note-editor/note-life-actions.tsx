import { useState } from "react";
import {
  DEFAULT_ATTESTATION,
  type NoteRecord,
  type NoteStatus,
  type Problem,
  type SessionMe,
} from "@tpi/schemas";
import { useNoteLife } from "../../../features/api/note-life";
import { isProblemError } from "../../../features/api/problem-error";
import { AttestationDialog } from "../../../features/note-life/attestation-dialog";
import { DiscardDialog } from "../../../features/note-life/discard-dialog";
import { HandOverDialog } from "../../../features/note-life/hand-over-dialog";
import { mayDo } from "../../../features/note-life/permissions";
import type { BlockingItem } from "../../../features/note-life/sign-refusal";
import { usePhysicians } from "../../../features/api/physicians";

type Props = {
  noteId: string;
  me: SessionMe;
  status: NoteStatus;
  /** Saves what is on screen if it changed; the version to act on, or null when the save failed. */
  saveNow: () => Promise<number | null>;
  /** The note after an action changed it (status, version). */
  onRecord: (record: NoteRecord) => void;
  /** Signing was refused: what blocks it (empty to clear). */
  onBlocked: (items: BlockingItem[]) => void;
  /** Any other failure, for the editor's error notice. */
  onError: (error: unknown) => void;
};

type Dialog = "hand-over" | "sign" | "discard" | null;

/**
 * The editor's actions beyond saving, each shown only to a role that may use it (from the session's
 * permissions): the assistant hands over, the physician signs or discards. Every action first saves
 * what is on screen, so it applies to the note as the user sees it.
 */
export function NoteLifeActions({
  noteId,
  me,
  status,
  saveNow,
  onRecord,
  onBlocked,
  onError,
}: Props) {
  const life = useNoteLife(noteId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canSign = mayDo(me, "sign", status);
  const canHandOver = mayDo(me, "hand-over", status) && !canSign;
  const canDiscard = mayDo(me, "discard", status);
  const physicians = usePhysicians(canHandOver);
  const busy = life.handOver.isPending || life.sign.isPending || life.discard.isPending;

  const act = async (run: (version: number) => Promise<NoteRecord>) => {
    const version = await saveNow();
    if (version === null) {
      setDialog(null);
      return;
    }
    try {
      onRecord(await run(version));
      setDialog(null);
    } catch (error) {
      setDialog(null);
      const blocked = isProblemError(error, 422) ? blockingItems(error.problem) : [];
      if (blocked.length > 0) onBlocked(blocked);
      else onError(error);
    }
  };

  const open = (which: Exclude<Dialog, null>) => {
    onBlocked([]);
    setDialog(which);
  };

  return (
    <>
      {canHandOver ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => open("hand-over")}
          disabled={busy}
        >
          {status === "ready-for-physician" ? "Hand over again…" : "Hand over to physician…"}
        </button>
      ) : null}
      {canSign ? (
        <button
          type="button"
          className="button button-primary"
          onClick={() => open("sign")}
          disabled={busy}
        >
          Sign…
        </button>
      ) : (
        <span className="muted small">A physician signs this note.</span>
      )}
      {canDiscard ? (
        <button
          type="button"
          className="button button-danger-quiet"
          onClick={() => open("discard")}
          disabled={busy}
        >
          Discard…
        </button>
      ) : null}

      {dialog === "hand-over" ? (
        <HandOverDialog
          open
          physicians={physicians.data}
          busy={busy}
          onCancel={() => setDialog(null)}
          onHandOver={(toPhysicianId) =>
            void act((version) => life.handOver.mutateAsync({ version, toPhysicianId }))
          }
        />
      ) : null}
      {dialog === "sign" ? (
        <AttestationDialog
          open
          attestation={DEFAULT_ATTESTATION}
          busy={busy}
          onCancel={() => setDialog(null)}
          onSign={(attestation) =>
            void act((version) => life.sign.mutateAsync({ version, attestation }))
          }
        />
      ) : null}
      {dialog === "discard" ? (
        <DiscardDialog
          open
          busy={busy}
          onCancel={() => setDialog(null)}
          onDiscard={(reason) =>
            void act((version) => life.discard.mutateAsync({ version, reason }))
          }
        />
      ) : null}
    </>
  );
}

/**
 * The 422's blocking findings and checklist items as one list; its field errors when it has none.
 * An open checklist item the engine also reports as a finding (same rule, same field) is listed
 * once, with the finding's message.
 */
export function blockingItems(problem: Problem): BlockingItem[] {
  const blocking = problem.blocking;
  if (blocking) {
    const asFinding = new Set(blocking.findings.map((f) => `${f.ruleId}|${f.path}`));
    return [
      ...blocking.findings.map((f) => ({ path: f.path, message: f.message })),
      ...blocking.checklist
        .filter((c) => !asFinding.has(`${c.id}|${c.path}`))
        .map((c) => ({ path: c.path, message: `${c.label}: not documented` })),
    ];
  }
  return (problem.errors ?? []).map((e) => ({
    path: e.path.replace(/^note\./, ""),
    message: e.message,
  }));
}
