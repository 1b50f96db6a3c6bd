import { AdminUserSchema, type AdminUser, type CreateUserRequest } from "@tpi/schemas";
import { call } from "./http.js";

/** Signs in with any email and password: the status, and the Cookie header value on success. */
export async function signInWith(
  url: string,
  email: string,
  password: string,
): Promise<{ status: number; cookie: string; body: unknown }> {
  const res = await call(url, "/api/session", { method: "POST", json: { email, password } });
  const cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  return { status: res.status, cookie, body: res.body };
}

let counter = 0;
/** An email no other call returned in this test process. */
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@clinic.test`;
}

/** Creates an account through the admin route (201 expected) and returns it. */
export async function createUserAsAdmin(
  url: string,
  adminCookie: string,
  user: Partial<CreateUserRequest> = {},
): Promise<AdminUser & { password: string }> {
  const password = user.password ?? "long enough to be fine";
  const res = await call(url, "/api/admin/users", {
    method: "POST",
    cookie: adminCookie,
    json: {
      email: user.email ?? uniqueEmail(),
      displayName: user.displayName ?? "Test Person",
      role: user.role ?? "physician",
      password,
    },
  });
  if (res.status !== 201) throw new Error(`create user: ${res.status} ${res.text}`);
  return { ...AdminUserSchema.parse(res.body), password };
}
