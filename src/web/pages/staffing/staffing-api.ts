/**
 * The capacity page's calls to /api/v1 (GET /organisations/{id}/staffing, PUT …/staff-capacity). They follow
 * api.ts's `request` exactly, so they can move into api.ts's `api` object unchanged.
 */
import { request } from '../../api';

/** One role in one month: demand in FTE and the plans (by id) causing it. */
export interface StaffingCell {
  month: string;
  fte: number;
  over: boolean;
  shortage: number;
  plans: { planId: string; fte: number }[];
}

export interface StaffingRole {
  role: string;
  /** Null: no capacity recorded for this role (nothing flagged). */
  available: number | null;
  peak: number;
  cells: StaffingCell[];
}

export interface OverAllocation {
  role: string;
  month: string;
  fte: number;
  available: number;
  shortage: number;
  plans: { planId: string; planName: string; fte: number }[];
}

export interface Staffing {
  organisation: { id: string; name: string; kind: string };
  from: string;
  months: string[];
  hoursPerFte: number;
  parties: string[] | null;
  canEditCapacity: boolean;
  capacity: { role: string; fte: number }[];
  plans: { id: string; name: string }[];
  skipped: { id: string; name: string }[];
  roles: StaffingRole[];
  overAllocations: OverAllocation[];
}

const base = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}`;

export const staffingApi = {
  staffing: (organisationId: string, from: string, months: number) =>
    request<Staffing>(
      'GET',
      `${base(organisationId)}/staffing?from=${encodeURIComponent(from)}&months=${months}`,
    ),
  putCapacity: (organisationId: string, roles: { role: string; fte: number }[]) =>
    request<{ roles: { role: string; fte: number }[] }>('PUT', `${base(organisationId)}/staff-capacity`, {
      roles,
    }),
};
