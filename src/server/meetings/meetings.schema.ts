import { z } from 'zod';
import { DECISION_OUTCOMES, PURPOSES } from '../../core/meetings/route';

/** What an agenda item can be about. */
export const SUBJECT_KINDS = ['free', 'proposal', 'bottleneck', 'review', 'plan'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

const uuid = (error: string) => z.uuid({ error });
const isoDate = (error: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error });
const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} is te lang (maximaal ${max} tekens).` });
const version = z.number({ error: 'De versie ontbreekt.' }).int().min(1);

export const ZId = z.object({ id: uuid('Dit is geen geldig id.') });
export const ZIcsId = z.object({
  id: z.string().regex(/^[0-9a-f-]{36}\.ics$/i, { error: 'Dit is geen geldig agenda-bestand.' }),
});
export const ZMemberParams = z.object({
  id: uuid('Dit is geen geldig id.'),
  memberId: uuid('Dit is geen geldig id.'),
});

export const ZListMeetingsQuery = z.object({
  tableId: z.uuid().optional(),
  kind: z.enum(['meeting', 'event']).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
});

export const ZCreateTable = z.object({
  name: text('De naam', 120).min(2, { error: 'Geef de tafel een naam.' }),
  description: text('De omschrijving', 2000).default(''),
});

export const ZAddMember = z.object({
  organisationId: uuid('Kies een organisatie.'),
  roleLabel: text('De rol', 120).min(2, { error: 'Geef de rol aan tafel, bijvoorbeeld "wethouder Wonen".' }),
});

const meetingFields = {
  title: text('De titel', 200).min(3, { error: 'Geef een titel van minstens 3 tekens.' }),
  startsAt: z.iso.datetime({ offset: true, error: 'Kies een datum en begintijd.' }),
  endsAt: z.iso.datetime({ offset: true, error: 'Kies een eindtijd.' }),
  location: text('De plaats', 300).default(''),
  description: text('De toelichting', 4000).default(''),
};
const endsAfterStart = (m: { startsAt: string; endsAt: string }) =>
  Date.parse(m.endsAt) > Date.parse(m.startsAt);
const endsAfterStartIssue = { error: 'De eindtijd ligt na de begintijd.', path: ['endsAt'] };

export const ZCreateMeeting = z
  .object({
    ...meetingFields,
    kind: z.enum(['meeting', 'event']).default('meeting'),
    tableId: uuid('Kies een overlegtafel.').nullable().default(null),
    invitees: z.array(z.uuid()).max(200).default([]),
  })
  .refine((m) => m.kind === 'event' || m.tableId !== null, {
    error: 'Kies een overlegtafel.',
    path: ['tableId'],
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type TCreateMeeting = z.infer<typeof ZCreateMeeting>;

export const ZUpdateMeeting = z
  .object({
    ...meetingFields,
    version,
    minutes: text('Het verslag', 20000).default(''),
    invitees: z.array(z.uuid()).max(200).optional(),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type TUpdateMeeting = z.infer<typeof ZUpdateMeeting>;

export const ZAddAgendaItem = z
  .object({
    subjectKind: z.enum(SUBJECT_KINDS, { error: 'Kies waar het agendapunt over gaat.' }),
    subjectId: z.uuid({ error: 'Kies een onderwerp.' }).nullable().default(null),
    title: text('De titel', 300).default(''),
    description: text('De toelichting', 4000).default(''),
  })
  .refine((a) => a.subjectKind === 'free' || a.subjectId !== null, {
    error: 'Kies een onderwerp.',
    path: ['subjectId'],
  })
  .refine((a) => a.subjectKind !== 'free' || a.title.length >= 3, {
    error: 'Geef het agendapunt een titel van minstens 3 tekens.',
    path: ['title'],
  });
export type TAddAgendaItem = z.infer<typeof ZAddAgendaItem>;

/** PutOnAgenda: the thing goes on the next meeting of the chosen table. */
export const ZPutOnNextMeeting = z.object({
  subjectKind: z.enum(['proposal', 'bottleneck', 'review', 'plan'], { error: 'Kies een onderwerp.' }),
  subjectId: uuid('Kies een onderwerp.'),
});

export const ZRecordDecision = z.object({
  version,
  decision: text('Het besluit', 4000).min(3, { error: 'Schrijf het besluit in minstens 3 tekens.' }),
  outcome: z.enum(DECISION_OUTCOMES, { error: 'Kies de uitkomst.' }).optional(),
  conclusion: text('De conclusie', 80).optional(),
});
export type TRecordDecision = z.infer<typeof ZRecordDecision>;

export const ZCreateActionItem = z.object({
  description: text('De omschrijving', 1000).min(3, {
    error: 'Beschrijf het actiepunt in minstens 3 tekens.',
  }),
  ownerOrganisationId: uuid('Kies wie het actiepunt oppakt.'),
  dueDate: isoDate('Kies een geldige datum.').nullable().default(null),
  agendaItemId: z.uuid({ error: 'Kies een agendapunt.' }).nullable().default(null),
});
export type TCreateActionItem = z.infer<typeof ZCreateActionItem>;

export const ZUpdateActionItem = z.object({
  version,
  status: z.enum(['open', 'done'], { error: 'Kies open of afgerond.' }).optional(),
  description: ZCreateActionItem.shape.description.optional(),
  ownerOrganisationId: uuid('Kies wie het actiepunt oppakt.').optional(),
  dueDate: isoDate('Kies een geldige datum.').nullable().optional(),
});
export type TUpdateActionItem = z.infer<typeof ZUpdateActionItem>;

export const ZListActionItemsQuery = z.object({ status: z.enum(['open', 'done']).optional() });

export const ZRouteStepInput = z.object({
  id: z.uuid().optional(),
  tableId: uuid('Kies een overlegtafel.'),
  date: isoDate('Kies een geldige datum.').nullable().default(null),
  purpose: z.enum(PURPOSES, { error: 'Kies adviseren, bespreken of vaststellen.' }),
});

export const ZProposalInput = z.object({
  reference: text('Het kenmerk', 60).min(2, { error: 'Geef het kenmerk.' }),
  title: text('Het onderwerp', 300).min(3, { error: 'Geef het onderwerp in minstens 3 tekens.' }),
  contactRole: text('De contactpersoon', 200).min(2, {
    error: 'Geef de rol van de contactpersoon, bijvoorbeeld "beleidsadviseur Wonen".',
  }),
  contactUnit: text('De eenheid', 200).default(''),
  date: isoDate('Kies een datum.'),
  distribute: z.boolean().default(true),
  points: z
    .array(text('Een voorstelpunt', 2000).min(3, { error: 'Schrijf het voorstelpunt in minstens 3 tekens.' }))
    .min(1, { error: 'Geef minstens één voorstelpunt.' })
    .max(20),
  explanation: text('De toelichting', 20000).default(''),
  attachments: z
    .array(
      z.object({
        title: text('De titel', 300).min(2, { error: 'Geef de bijlage een titel.' }),
        url: z
          .url({ protocol: /^https?$/, error: 'Geef een geldige link (https://…).' })
          .nullable()
          .default(null),
      }),
    )
    .max(30)
    .default([]),
  routeSteps: z.array(ZRouteStepInput).max(12),
});
export type TProposalInput = z.infer<typeof ZProposalInput>;

export const ZUpdateProposal = ZProposalInput.extend({ version });
export type TUpdateProposal = z.infer<typeof ZUpdateProposal>;
