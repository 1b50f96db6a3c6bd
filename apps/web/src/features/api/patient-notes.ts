import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { NoteSummarySchema } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

export function listPatientNotes(patientId: string) {
  return request(
    "GET",
    `/api/patients/${encodeURIComponent(patientId)}/notes`,
    z.array(NoteSummarySchema),
  );
}

export function patientNotesQueryOptions(patientId: string) {
  return queryOptions({
    queryKey: queryKeys.patientNotes(patientId),
    queryFn: () => listPatientNotes(patientId),
  });
}

export function usePatientNotes(patientId: string) {
  return useQuery(patientNotesQueryOptions(patientId));
}
