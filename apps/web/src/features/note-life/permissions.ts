import {
  ACTION_STATUSES,
  EDITABLE_STATUSES,
  type NoteAction,
  type NoteSectionId,
  type NoteStatus,
  type Role,
  type SessionMe,
} from "@tpi/schemas";

/**
 * What the signed-in user may do to a note in its status, from GET /api/session/me's permissions and
 * the shared ACTION_STATUSES table (the server answers from the same tables, so a control shown here
 * is one the server accepts).
 */
export function mayDo(me: SessionMe, action: NoteAction, status: NoteStatus): boolean {
  return me.permissions.actions.includes(action) && ACTION_STATUSES[action].includes(status);
}

/** May this user change any part of a note in this status? */
export function mayEditNote(me: SessionMe, status: NoteStatus): boolean {
  return (
    mayDo(me, "edit", status) &&
    EDITABLE_STATUSES.includes(status) &&
    me.permissions.editableSections.length > 0
  );
}

/**
 * Why a section of an editable note is read-only for this user, or null when they may change it.
 * The assistant sees the physician's sections filled in but closed: "Completed by the physician".
 */
export function sectionLockReason(me: SessionMe, section: string): string | null {
  if (me.permissions.editableSections.includes(section as NoteSectionId)) return null;
  return me.role === "medical-assistant" ? "Completed by the physician" : "Read only for your role";
}

/** Why the whole note is read-only for this user (one notice instead of one per section). */
export function readOnlyNoteReason(role: Role, status: NoteStatus): string {
  if (status === "discarded") {
    return "This draft was discarded; it is kept in the record, read only.";
  }
  if (status === "signed" || status === "coded") {
    return "This note is signed; it can be read but not changed. Additions are made as addenda.";
  }
  switch (role) {
    case "coder":
      return "Read only: coders read notes and send the physician queries; they do not change clinical content.";
    case "admin":
      return "Read only: administrators manage accounts and payer profiles, not clinical content.";
    case "medical-assistant":
    case "physician":
      return "Read only for your role.";
  }
}
