import type { SameDayEm } from "@tpi/schemas";

/** Whether each E/M level is a new- or an established-patient office visit (CPT E/M code families). */
export const EM_PATIENT_STATUS: Readonly<Record<SameDayEm["level"], "new" | "established">> = {
  "99202": "new",
  "99203": "new",
  "99204": "new",
  "99205": "new",
  "99211": "established",
  "99212": "established",
  "99213": "established",
  "99214": "established",
  "99215": "established",
};

/** A patient seen by the practice within this many months is established (the three-year rule). */
export const NEW_PATIENT_LOOKBACK_MONTHS = 36;
