import { BUILT_IN_PAYER_PROFILES } from "@tpi/coding";
import {
  ClinicPayerProfileListSchema,
  PayerProfileSchema,
  type ClinicPayerProfileList,
  type PayerProfile,
} from "@tpi/schemas";
import type { Db } from "../db/connect.js";

/**
 * The clinic's own payer profiles (issue 8): every save is a new version, and old versions stay, so a
 * signed note's "payer profile id and version" always names a profile that can still be read. The
 * engine (browser and server) applies each profile's latest version.
 */

const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_PAYER_PROFILES.map((p) => p.id));

export function isBuiltInPayerProfileId(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}

interface StoredVersion {
  id: string;
  version: number;
  profile_json: string;
  created_at: string;
  created_by: string;
  display_name: string | null;
}

function profileOf(row: Pick<StoredVersion, "profile_json" | "version">): PayerProfile {
  // Parsed, not cast: stored JSON is checked again on the way out, and the row's version wins.
  return PayerProfileSchema.parse({
    ...(JSON.parse(row.profile_json) as object),
    version: row.version,
  });
}

async function allVersions(db: Db): Promise<StoredVersion[]> {
  return db.kysely
    .selectFrom("clinic_payer_profiles")
    .leftJoin("users", "users.id", "clinic_payer_profiles.created_by")
    .select([
      "clinic_payer_profiles.id",
      "clinic_payer_profiles.version",
      "clinic_payer_profiles.profile_json",
      "clinic_payer_profiles.created_at",
      "clinic_payer_profiles.created_by",
      "users.display_name",
    ])
    .orderBy("clinic_payer_profiles.id")
    .orderBy("clinic_payer_profiles.version", "desc")
    .execute();
}

/** Every clinic profile with all its versions, newest first (the admin's list). */
export async function listClinicPayerProfiles(db: Db): Promise<ClinicPayerProfileList> {
  const byId = new Map<string, ClinicPayerProfileList[number]>();
  for (const row of await allVersions(db)) {
    let entry = byId.get(row.id);
    if (entry === undefined) {
      entry = { id: row.id, versions: [] };
      byId.set(row.id, entry);
    }
    entry.versions.push({
      profile: profileOf(row),
      createdAt: row.created_at,
      createdBy: row.created_by,
      createdByName: row.display_name ?? row.created_by,
    });
  }
  return ClinicPayerProfileListSchema.parse([...byId.values()]);
}

/** The latest version of each clinic profile. */
export async function latestClinicPayerProfiles(db: Db): Promise<PayerProfile[]> {
  const latest = new Map<string, PayerProfile>();
  for (const row of await allVersions(db)) {
    if (!latest.has(row.id)) latest.set(row.id, profileOf(row));
  }
  return [...latest.values()];
}

/** What the engine applies, in the browser and on the server: the built-in profiles, then the clinic's. */
export async function activePayerProfiles(db: Db): Promise<readonly PayerProfile[]> {
  return [...BUILT_IN_PAYER_PROFILES, ...(await latestClinicPayerProfiles(db))];
}

export type SaveProfileOutcome =
  | { kind: "saved"; profile: PayerProfile }
  | { kind: "exists" }
  | { kind: "built-in" }
  | { kind: "not-found" }
  | { kind: "changed-meanwhile"; latestVersion: number };

/**
 * Stores a profile as version 1 of a new id (mode "create": refused if the id is taken or built in),
 * or as the next version of an existing one (mode "new-version": `basedOn`, when given, must still be
 * the latest, so two admins editing at once do not silently overwrite each other).
 */
export async function saveClinicPayerProfile(
  db: Db,
  profile: PayerProfile,
  mode: { kind: "create" } | { kind: "new-version"; basedOn?: number | undefined },
  userId: string,
  now: Date,
): Promise<SaveProfileOutcome> {
  if (isBuiltInPayerProfileId(profile.id)) return { kind: "built-in" };
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      const head = await trx
        .selectFrom("clinic_payer_profiles")
        .select((eb) => eb.fn.max("version").as("latest"))
        .where("id", "=", profile.id)
        .executeTakeFirst();
      const latest = head?.latest === null || head?.latest === undefined ? 0 : Number(head.latest);
      if (mode.kind === "create" && latest > 0) return { kind: "exists" } as const;
      if (mode.kind === "new-version" && latest === 0) return { kind: "not-found" } as const;
      if (mode.kind === "new-version" && mode.basedOn !== undefined && mode.basedOn !== latest) {
        return { kind: "changed-meanwhile", latestVersion: latest } as const;
      }
      const stored = PayerProfileSchema.parse({ ...profile, version: latest + 1 });
      await trx
        .insertInto("clinic_payer_profiles")
        .values({
          id: stored.id,
          version: stored.version,
          profile_json: JSON.stringify(stored),
          created_at: now.toISOString(),
          created_by: userId,
        })
        .execute();
      return { kind: "saved", profile: stored } as const;
    });
  } catch (error) {
    // Another process stored the same (id, version) first: the primary key refused ours.
    if (isUniqueViolation(error)) {
      const latest = await db.kysely
        .selectFrom("clinic_payer_profiles")
        .select((eb) => eb.fn.max("version").as("latest"))
        .where("id", "=", profile.id)
        .executeTakeFirst();
      return mode.kind === "create"
        ? { kind: "exists" }
        : { kind: "changed-meanwhile", latestVersion: Number(latest?.latest ?? 0) };
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  const code = error.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
