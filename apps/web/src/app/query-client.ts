import { QueryCache, QueryClient } from "@tanstack/react-query";
import { isProblemError } from "../features/api/problem-error";
import { queryKeys } from "../features/api/query-keys";

/**
 * A 401 on any read means the session ended: drop the cached user so the session gate re-checks and
 * sends the user to sign-in. Writes (saving a note) handle 401 themselves so no typing is lost.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isProblemError(error, 401) && query.queryKey[0] !== queryKeys.session[0]) {
          void queryClient.resetQueries({ queryKey: queryKeys.session });
        }
      },
    }),
    defaultOptions: {
      queries: {
        // Client errors (401, 404, 409) will not change on retry; network hiccups might.
        retry: (failureCount, error) =>
          !(isProblemError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
