import { queryOptions, useQuery } from "@tanstack/react-query";
import { PatientSchema } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

export function getPatient(id: string) {
  return request("GET", `/api/patients/${encodeURIComponent(id)}`, PatientSchema);
}

export function patientQueryOptions(id: string) {
  return queryOptions({ queryKey: queryKeys.patient(id), queryFn: () => getPatient(id) });
}

export function usePatient(id: string) {
  return useQuery(patientQueryOptions(id));
}
