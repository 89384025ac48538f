import { ROLES } from '../../core/route-map/schema';
import {
  compareWithCapacity,
  computeStaffDemand,
  HOURS_PER_FTE,
  type StaffingSchedule,
} from '../../core/staffing';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../http/errors';
import { loadScheduleCalendars } from '../schedules/calendars';
import { canEditCapacity, canSeeStaffing, partiesOf, variantsOf } from './staffing.policy';
import { presentStaffing } from './staffing.presenter';
import {
  findRegionOrganisation,
  findScheduledPlans,
  findStaffCapacity,
  replaceStaffCapacity,
} from './staffing.queries';
import { pickVariants, toStaffingSchedule } from './staffing.schedules';
import { currentMonth, type TPutStaffCapacityRequest, type TStaffingQuery } from './staffing.schema';

async function requireOrganisation(db: Db, actor: Actor, organisationId: string) {
  const organisation = canSeeStaffing(actor, organisationId)
    ? await findRegionOrganisation(db, actor, organisationId)
    : null;
  if (!organisation)
    throw new AppError('notFound', 'Deze organisatie bestaat niet of je mag haar capaciteit niet zien.');
  return organisation;
}

/** GET /organisations/{id}/staffing: demand per role × month over the organisation's plans, against capacity. */
export async function getStaffing({
  db,
  actor,
  organisationId,
  query,
  today = new Date().toISOString().slice(0, 10),
}: {
  db: Db;
  actor: Actor;
  organisationId: string;
  query: TStaffingQuery;
  today?: string;
}) {
  const organisation = await requireOrganisation(db, actor, organisationId);
  const variants = variantsOf(organisation.kind);
  const rows = pickVariants(await findScheduledPlans(db, actor, organisation, variants), variants);
  const earliest = [today, ...rows.map((row) => row.startDate)].sort()[0] as string;
  const calendars = await loadScheduleCalendars(
    db,
    actor.regionId,
    [...new Set(rows.map((r) => r.municipalityCode))],
    earliest,
  );
  const schedules: StaffingSchedule[] = [];
  const skipped: { id: string; name: string }[] = [];
  for (const row of rows) {
    const planCalendars = calendars.get(row.municipalityCode);
    const schedule = planCalendars ? toStaffingSchedule(row, planCalendars, today) : null;
    if (schedule) schedules.push(schedule);
    else skipped.push({ id: row.planId, name: row.planName });
  }
  const parties = partiesOf(organisation.kind);
  const from = query.from ?? currentMonth();
  const demand = computeStaffDemand(schedules, {
    from,
    months: query.months,
    ...(parties ? { parties } : {}),
  });
  const capacity = await findStaffCapacity(db, organisation.id);
  return presentStaffing({
    organisation,
    from,
    parties,
    schedules,
    skipped,
    capacity,
    comparison: compareWithCapacity(demand, capacity),
    canEditCapacity: canEditCapacity(actor, organisation.id),
  });
}

/** PUT /organisations/{id}/staff-capacity: the organisation's admins replace its available FTE per role. */
export async function putStaffCapacity({
  db,
  actor,
  organisationId,
  body,
}: {
  db: Db;
  actor: Actor;
  organisationId: string;
  body: TPutStaffCapacityRequest;
}) {
  const organisation = await requireOrganisation(db, actor, organisationId);
  if (!canEditCapacity(actor, organisation.id))
    throw new AppError('forbidden', 'Alleen een beheerder van de organisatie legt haar capaciteit vast.');
  const before = await findStaffCapacity(db, organisation.id);
  await replaceStaffCapacity(db, actor, organisation.id, body.roles, (tx) =>
    writeAudit(tx, actor, {
      action: 'update',
      entityType: 'staffCapacity',
      entityId: organisation.id,
      summary: `Beschikbare capaciteit van ${organisation.name}: ${body.roles.map((r) => `${r.role} ${r.fte} fte`).join(', ') || 'geen'}`,
      before,
      after: body.roles,
    }),
  );
  const capacity = await findStaffCapacity(db, organisation.id);
  return {
    organisationId: organisation.id,
    hoursPerFte: HOURS_PER_FTE,
    roles: ROLES.filter((role) => role in capacity).map((role) => ({ role, fte: capacity[role] as number })),
  };
}
