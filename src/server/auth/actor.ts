/** Roles of a person within their organisation. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: every service receives this, so no query forgets whose data it may touch. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  /** The CBS code when the organisation is a municipality. */
  cbsCode: string | null;
  regionId: string;
  regionSlug: string;
  regionName: string;
}

/** The regional office reads the whole region (except other organisations' private drafts). */
export function isRegionStaff(actor: Actor): boolean {
  return actor.organisationKind === 'region';
}

/** Editors and admins may change data; viewers only read. */
export function canWrite(actor: Actor): boolean {
  return actor.role === 'editor' || actor.role === 'admin';
}

/** The user as the API presents it (GET /me). */
export function presentUser(actor: Actor) {
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    organisation: {
      id: actor.organisationId,
      name: actor.organisationName,
      kind: actor.organisationKind,
      cbsCode: actor.cbsCode,
    },
    region: { id: actor.regionId, slug: actor.regionSlug, name: actor.regionName },
  };
}
