import type { Region } from "@tpi/schemas";

/**
 * Site-pain codes a coder may add as secondary diagnoses, by the region of the injected muscles
 * (DX-SUGGEST-02). Codes come from the FY2027 Alphabetic Index; each is checked against the code set
 * for the date of service before it is offered, so a code that becomes a header is never suggested.
 */
export const REGION_SITE_CODES: Readonly<Record<Region, readonly string[]>> = {
  "head-neck": ["M54.2"],
  "shoulder-upper-back": [],
  thoracic: ["M54.6"],
  "lumbar-pelvic": ["M54.50"],
  "hip-gluteal": [],
  "upper-limb": [],
  "lower-limb": [],
};

/** Myofascial pain (DX-SUGGEST-01): the Index default, and the head-and-neck myalgia code. */
export const MYOFASCIAL_DEFAULT = "M79.18";
export const MYOFASCIAL_HEAD_NECK = "M79.12";
/** Codes that already state myalgia / myofascial pain: if one is in the note, none is suggested. */
export const MYALGIA_PREFIX = "M79.1";
