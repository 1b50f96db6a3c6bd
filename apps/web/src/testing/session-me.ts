import {
  DEFAULT_ASSISTANT_SECTIONS,
  NOTE_SECTION_IDS,
  ROLE_ACTIONS,
  type Role,
  type SessionMe,
} from "@tpi/schemas";

/** What GET /api/session/me answers for a role with the clinic's default assistant sections. */
export function sessionMe(role: Role): SessionMe {
  const editable =
    role === "physician"
      ? [...NOTE_SECTION_IDS]
      : role === "medical-assistant"
        ? [...DEFAULT_ASSISTANT_SECTIONS]
        : [];
  return {
    id: `u-${role}`,
    email: `${role}@demo.tpi`,
    displayName: `Demo ${role}`,
    role,
    permissions: {
      actions: [...ROLE_ACTIONS[role]],
      editableSections: editable,
      assistantSections: [...DEFAULT_ASSISTANT_SECTIONS],
    },
  };
}
