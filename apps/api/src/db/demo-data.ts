import { randomUUID } from "node:crypto";
import type { Patient, Role } from "@tpi/schemas";
import { hashPassword } from "../auth/password.js";
import type { Db } from "./connect.js";

/** Shared password of the demo accounts. Synthetic data only; documented in apps/api/README.md. */
export const DEMO_PASSWORD = "demo-tpi-2026";

export const DEMO_USERS: readonly { email: string; displayName: string; role: Role }[] = [
  { email: "ma@demo.tpi", displayName: "Demo Medical Assistant", role: "medical-assistant" },
  { email: "physician@demo.tpi", displayName: "Dr. Demo Physician", role: "physician" },
  { email: "coder@demo.tpi", displayName: "Demo Coder", role: "coder" },
  { email: "admin@demo.tpi", displayName: "Demo Admin", role: "admin" },
];

/** Obviously fictional people; payer profiles are the engine's built-in ids. */
export const DEMO_PATIENTS: readonly Omit<Patient, "id">[] = [
  {
    mrn: "DEMO-0001",
    givenName: "Avery",
    familyName: "Testpatient",
    birthDate: "1958-03-14",
    sex: "female",
    defaultPayerProfileId: "medicare-lcd-2024",
  },
  {
    mrn: "DEMO-0002",
    givenName: "Jordan",
    familyName: "Placeholder",
    birthDate: "1949-11-02",
    sex: "male",
    defaultPayerProfileId: "medicare-no-lcd",
  },
  {
    mrn: "DEMO-0003",
    givenName: "Morgan",
    familyName: "Fictional",
    birthDate: "1984-07-21",
    sex: "other",
    defaultPayerProfileId: "commercial-bcbsa",
  },
  {
    mrn: "DEMO-0004",
    givenName: "Riley",
    familyName: "Example",
    birthDate: "1971-01-30",
    sex: "female",
    defaultPayerProfileId: "commercial-bcbsa",
  },
  {
    mrn: "DEMO-0005",
    givenName: "Casey",
    familyName: "Synthetic",
    birthDate: "1955-09-09",
    sex: "unknown",
    defaultPayerProfileId: "medicare-lcd-2024",
  },
];

/**
 * Creates the demo accounts and patients on a database that has no users yet (first start), and does
 * nothing otherwise, so restarts never duplicate or resurrect anything.
 * Returns whether it created anything.
 */
export async function seedDemoDataIfEmpty(db: Db, now: Date): Promise<boolean> {
  const anyUser = await db.kysely.selectFrom("users").select("id").limit(1).executeTakeFirst();
  if (anyUser !== undefined) return false;

  const createdAt = now.toISOString();
  // Hash before the transaction: scrypt is slow and SQLite holds one writer at a time.
  const users = await Promise.all(
    DEMO_USERS.map(async (u) => ({
      id: randomUUID(),
      email: u.email,
      display_name: u.displayName,
      role: u.role,
      password_hash: await hashPassword(DEMO_PASSWORD),
      created_at: createdAt,
    })),
  );
  await db.kysely.transaction().execute(async (trx) => {
    await trx.insertInto("users").values(users).execute();
    await trx
      .insertInto("patients")
      .values(
        DEMO_PATIENTS.map((p) => ({
          id: randomUUID(),
          mrn: p.mrn,
          given_name: p.givenName,
          family_name: p.familyName,
          birth_date: p.birthDate,
          sex: p.sex,
          default_payer_profile_id: p.defaultPayerProfileId,
          created_at: createdAt,
        })),
      )
      .execute();
  });
  return true;
}
