import { PatientSchema, type Patient } from "@tpi/schemas";
import type { Db } from "../db/connect.js";
import type { PatientRow } from "../db/database.js";

function patientFromRow(row: PatientRow): Patient {
  return PatientSchema.parse({
    id: row.id,
    mrn: row.mrn,
    givenName: row.given_name,
    familyName: row.family_name,
    birthDate: row.birth_date,
    sex: row.sex,
    defaultPayerProfileId: row.default_payer_profile_id,
  });
}

export async function listPatients(db: Db): Promise<Patient[]> {
  const rows = await db.kysely
    .selectFrom("patients")
    .selectAll()
    .orderBy("family_name")
    .orderBy("given_name")
    .orderBy("mrn")
    .execute();
  return rows.map(patientFromRow);
}

export async function findPatient(db: Db, id: string): Promise<Patient | undefined> {
  const row = await db.kysely
    .selectFrom("patients")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row === undefined ? undefined : patientFromRow(row);
}
