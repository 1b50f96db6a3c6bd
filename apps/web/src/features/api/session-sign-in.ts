import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UserSchema, type SignInRequest } from "@tpi/schemas";
import { keepOnlyDraftsOf } from "../../shared/local-drafts";
import { request } from "./http";
import { queryKeys } from "./query-keys";

export function signIn(body: SignInRequest) {
  return request("POST", "/api/session", UserSchema, body);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      // Another user's unsaved changes are never offered to this one (a shared clinic computer).
      keepOnlyDraftsOf(user.id);
      // Sign-in answers with the user only; the session query also carries the role's
      // permissions, so it is fetched afresh rather than filled from this answer.
      queryClient.removeQueries({ queryKey: queryKeys.session });
    },
  });
}
