import type { Role } from "@tpi/schemas";

export function roleLabel(role: Role): string {
  switch (role) {
    case "physician":
      return "Physician";
    case "medical-assistant":
      return "Medical assistant";
    case "coder":
      return "Coder";
    case "admin":
      return "Administrator";
  }
}
