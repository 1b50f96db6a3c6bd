import { createContext, useContext } from "react";
import type { SessionMe } from "@tpi/schemas";

/** The signed-in user and their permissions; SessionGate provides it once the session is known. */
export const SignedInUserContext = createContext<SessionMe | null>(null);

/** For pages under SessionGate: the signed-in user, never undefined there. */
export function useSignedInUser(): SessionMe {
  const me = useContext(SignedInUserContext);
  if (!me) throw new Error("useSignedInUser outside SessionGate");
  return me;
}
