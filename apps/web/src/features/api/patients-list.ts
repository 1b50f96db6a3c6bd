import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { PatientSchema } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

export function listPatients() {
  return request("GET", "/api/patients", z.array(PatientSchema));
}

export const patientsQueryOptions = queryOptions({
  queryKey: queryKeys.patients,
  queryFn: listPatients,
});

export function usePatients() {
  return useQuery(patientsQueryOptions);
}
