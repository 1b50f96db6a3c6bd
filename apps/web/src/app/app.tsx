import { useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { Router, type AroundNavHandler } from "wouter";
import { mayLeave } from "../shared/leave-guard";
import { createQueryClient } from "./query-client";
import { AppRoutes } from "./routes";

// Every in-app navigation (links, redirects after save) passes the unsaved-changes guard first; a
// guard that saves first carries the navigation out once the save is through.
const guardedNavigation: AroundNavHandler = (navigate, to, options) => {
  if (mayLeave(() => navigate(to, options))) navigate(to, options);
};

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <Router aroundNav={guardedNavigation}>
        <AppRoutes />
      </Router>
    </QueryClientProvider>
  );
}
