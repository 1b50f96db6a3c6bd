import "./app/zod-locale";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { installBackButtonGuard } from "./shared/leave-guard";
import "./app/styles.css";
import "./app/note-life.css";
import "./app/admin.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Before the router mounts, so its popstate listener runs first (see leave-guard.ts).
installBackButtonGuard();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
