import { SessionInfoSchema, type ChangePasswordRequest } from "@tpi/schemas";
import { request, requestNoContent } from "./http";

/** How long the session has left without activity; asking does not extend it. */
export function getSessionInfo() {
  return request("GET", "/api/session", SessionInfoSchema);
}

/** "Stay signed in": the session ends a full idle period from now. */
export function touchSession() {
  return request("POST", "/api/session/touch", SessionInfoSchema, {});
}

/** The user's own password change; their other sessions end. */
export function changeOwnPassword(body: ChangePasswordRequest) {
  return requestNoContent("POST", "/api/session/password", body);
}
