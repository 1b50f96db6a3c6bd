import { useEffect } from "react";

/** Each screen names itself, so screen-reader users hear where a navigation landed. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · TPI Note`;
  }, [title]);
}
