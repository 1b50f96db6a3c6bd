import { useMutation, useQueryClient } from "@tanstack/react-query";
import { forgetDraftsOnSignOut } from "../../shared/local-drafts";
import { requestNoContent } from "./http";

export function signOut() {
  return requestNoContent("DELETE", "/api/session");
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Nothing read or typed under the old session may be shown to whoever signs in next: the cache
    // goes, and so do changes kept in the browser that never reached the server.
    onMutate: () => forgetDraftsOnSignOut(),
    onSettled: () => {
      queryClient.clear();
      forgetDraftsOnSignOut();
    },
  });
}
