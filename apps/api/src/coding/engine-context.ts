import { BUILT_IN_PAYER_PROFILES, type EngineContext } from "@tpi/coding";
import { loadCodeSets } from "@tpi/codesets";
import type { PayerProfile } from "@tpi/schemas";
import type { Db } from "../db/connect.js";

/**
 * The payer profiles the server's engine applies. The one place to add the clinic's own profiles
 * (clinic_payer_profiles) when their store lands: the signing route reads profiles only from here.
 */
export function payerProfilesFor(_db: Db): Promise<readonly PayerProfile[]> {
  return Promise.resolve(BUILT_IN_PAYER_PROFILES);
}

/** What codeNote needs on the server: the code sets shipped with it (parsed once) and the profiles. */
export async function serverEngineContext(db: Db): Promise<EngineContext> {
  return { codeSets: loadCodeSets(), payerProfiles: await payerProfilesFor(db) };
}
