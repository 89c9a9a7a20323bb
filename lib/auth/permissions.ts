// What a signed-in person may do, named per route. Today every session is the admin's and holds all
// of them; roles later are a change to ROLE_PERMISSIONS, not a sweep through the routes.
export const PERMISSIONS = [
  'settings.read',
  'settings.write',
  'conversations.read',
  'conversations.delete',
  'webhooks.read',
  'agents.read',
  'agents.write',
  'calls.read',
  'calls.place',
  'batches.read',
  'batches.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type Role = 'admin';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
};

export function hasPermission(role: Role, permission: Permission): boolean {
  // An unknown role (a token from another version) holds nothing.
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}
