import { useMutation, useQueryClient } from "@tanstack/react-query";
import { requestNoContent } from "./http";

export function signOut() {
  return requestNoContent("DELETE", "/api/session");
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Nothing read under the old session may be shown to whoever signs in next.
    onSettled: () => queryClient.clear(),
  });
}
