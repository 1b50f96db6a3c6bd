import type { EngineContext } from "@tpi/coding";
import { loadCodeSets } from "@tpi/codesets";
import type { PayerProfile } from "@tpi/schemas";
import type { Db } from "../db/connect.js";
import { activePayerProfiles } from "../store/clinic-payer-profiles.store.js";

/**
 * The payer profiles the server's engine applies: the built-in ones and the latest version of each of
 * the clinic's own (clinic_payer_profiles), exactly what GET /api/payer-profiles gives the browser.
 * The signing route reads profiles only from here, and stores the id and version it coded with.
 */
export function payerProfilesFor(db: Db): Promise<readonly PayerProfile[]> {
  return activePayerProfiles(db);
}

/** What codeNote needs on the server: the code sets shipped with it (parsed once) and the profiles. */
export async function serverEngineContext(db: Db): Promise<EngineContext> {
  return { codeSets: loadCodeSets(), payerProfiles: await payerProfilesFor(db) };
}
