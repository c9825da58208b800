import { z } from 'zod';
import { PERMISSION_NAMES, type Permission } from './permissions';
import { RoleSchema } from './roles';

/** Passwords shorter than this are refused (NIST SP 800-63B asks for length, not composition). */
export const PASSWORD_MIN_LENGTH = 10;
/** scrypt's input is hashed anyway; the cap only keeps a megabyte "password" from being a DoS. */
export const PASSWORD_MAX_LENGTH = 1024;

/** Letters (any script), digits, `.`, `_`, `-`; 2–64 characters. Compared as written. */
export const UsernameSchema = z
  .string()
  .regex(/^[\p{L}\p{N}._-]{2,64}$/u, 'expected 2–64 letters, digits, ".", "_" or "-"');
export const PasswordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
/** Any password for sign-in: a short one is simply wrong, not a bad request. */
const SignInPasswordSchema = z.string().min(1).max(PASSWORD_MAX_LENGTH);

/** `POST /api/session` */
export const SessionCreateBodySchema = z.object({
  username: z.string().min(1).max(64),
  password: SignInPasswordSchema,
});
export type SessionCreateBody = z.infer<typeof SessionCreateBodySchema>;

/** `GET /api/me` */
export const MeResponseSchema = z.object({
  username: UsernameSchema,
  roles: z.array(RoleSchema),
  /** What the roles grant (core's permission table), so the console need not recompute it. */
  permissions: z.array(z.enum(PERMISSION_NAMES as [Permission, ...Permission[]])),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** `GET /api/setup`: whether the first admin still has to be created. */
export const SetupStatusResponseSchema = z.object({ needed: z.boolean() });
export type SetupStatusResponse = z.infer<typeof SetupStatusResponseSchema>;

/** `POST /api/setup`: the one-time token printed by the server, and the first admin's account. */
export const SetupBodySchema = z.object({
  token: z.string().min(1).max(256),
  username: UsernameSchema,
  password: PasswordSchema,
});
export type SetupBody = z.infer<typeof SetupBodySchema>;

export const RolesSchema = z
  .array(RoleSchema)
  .min(1)
  .transform((roles) => [...new Set(roles)]);

/** One account as `GET /api/users` lists it (never a password hash). */
export const UserSchema = z.object({
  username: UsernameSchema,
  roles: z.array(RoleSchema),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type User = z.infer<typeof UserSchema>;

export const UsersResponseSchema = z.object({ users: z.array(UserSchema) });
export type UsersResponse = z.infer<typeof UsersResponseSchema>;

/** `POST /api/users` → 201 with the user. */
export const UserCreateBodySchema = z.object({
  username: UsernameSchema,
  password: PasswordSchema,
  roles: RolesSchema,
});
export type UserCreateBody = z.infer<typeof UserCreateBodySchema>;

/** `PATCH /api/users/:username` → 200 with the user. Disabling ends the user's sessions. */
export const UserPatchBodySchema = z
  .object({
    roles: RolesSchema.optional(),
    disabled: z.boolean().optional(),
    password: PasswordSchema.optional(),
  })
  .strict();
export type UserPatchBody = z.infer<typeof UserPatchBodySchema>;
