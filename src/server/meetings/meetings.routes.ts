import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/auth.plugin';
import type { Db } from '../db/client';
import {
  addAgendaItem,
  createActionItem,
  listActionItems,
  putOnNextMeeting,
  recordDecision,
  removeAgendaItem,
  updateActionItem,
} from './agenda.service';
import {
  ZAddAgendaItem,
  ZAddMember,
  ZCreateActionItem,
  ZCreateMeeting,
  ZCreateTable,
  ZIcsId,
  ZId,
  ZListActionItemsQuery,
  ZListMeetingsQuery,
  ZMemberParams,
  ZPutOnNextMeeting,
  ZRecordDecision,
  ZUpdateActionItem,
  ZUpdateMeeting,
} from './meetings.schema';
import {
  addMember,
  createMeeting,
  createTable,
  deleteMeeting,
  getMeeting,
  getTable,
  listMeetings,
  listTables,
  meetingCalendar,
  removeMember,
  tableCalendar,
  updateMeeting,
} from './meetings.service';
import { proposalRoutes } from './proposals.routes';

/** The web app's address as the browser used it, for links inside calendar files. */
function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function sendCalendar(reply: FastifyReply, fileName: string, text: string) {
  return reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(text);
}

/** Issue 6: the region's tables, meetings and events, agendas, decisions and action items, and proposals. */
export function meetingRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['overleg'];
    app.get('/tables', { schema: { tags } }, async (request) =>
      listTables({ db, actor: requireActor(request) }),
    );
    app.post('/tables', { schema: { body: ZCreateTable, tags } }, async (request, reply) =>
      reply.status(201).send(await createTable({ db, actor: requireActor(request), body: request.body })),
    );
    app.get('/tables/:id', { schema: { params: ZId, tags } }, async (request) =>
      getTable({ db, actor: requireActor(request), id: request.params.id }),
    );
    app.get('/tables/:id/calendar.ics', { schema: { params: ZId, tags } }, async (request, reply) => {
      const feed = await tableCalendar({
        db,
        actor: requireActor(request),
        id: request.params.id,
        baseUrl: baseUrl(request),
      });
      return sendCalendar(reply, `overleg-${request.params.id}.ics`, feed.text);
    });
    app.post('/tables/:id/members', { schema: { params: ZId, body: ZAddMember, tags } }, async (request) =>
      addMember({ db, actor: requireActor(request), tableId: request.params.id, body: request.body }),
    );
    app.delete(
      '/tables/:id/members/:memberId',
      { schema: { params: ZMemberParams, tags } },
      async (request) =>
        removeMember({
          db,
          actor: requireActor(request),
          tableId: request.params.id,
          memberId: request.params.memberId,
        }),
    );
    app.post(
      '/tables/:id/next-meeting/agenda-items',
      { schema: { params: ZId, body: ZPutOnNextMeeting, tags } },
      async (request, reply) =>
        reply.status(201).send(
          await putOnNextMeeting({
            db,
            actor: requireActor(request),
            tableId: request.params.id,
            body: request.body,
          }),
        ),
    );

    app.get('/meetings', { schema: { querystring: ZListMeetingsQuery, tags } }, async (request) =>
      listMeetings({ db, actor: requireActor(request), filter: request.query }),
    );
    app.post('/meetings', { schema: { body: ZCreateMeeting, tags } }, async (request, reply) =>
      reply.status(201).send(await createMeeting({ db, actor: requireActor(request), body: request.body })),
    );
    // One path parameter serves both `/meetings/{id}` and `/meetings/{id}.ics` (the contract's calendar file).
    app.get('/meetings/:id', { schema: { params: ZIcsId.or(ZId), tags } }, async (request, reply) => {
      const actor = requireActor(request);
      const { id } = request.params;
      if (!id.endsWith('.ics')) return getMeeting({ db, actor, id });
      const meetingId = id.slice(0, -4);
      const text = await meetingCalendar({ db, actor, id: meetingId, baseUrl: baseUrl(request) });
      return sendCalendar(reply, `vergadering-${meetingId}.ics`, text);
    });
    app.patch('/meetings/:id', { schema: { params: ZId, body: ZUpdateMeeting, tags } }, async (request) =>
      updateMeeting({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );
    app.delete('/meetings/:id', { schema: { params: ZId, tags } }, async (request, reply) => {
      await deleteMeeting({ db, actor: requireActor(request), id: request.params.id });
      return reply.status(204).send();
    });
    app.post(
      '/meetings/:id/agenda-items',
      { schema: { params: ZId, body: ZAddAgendaItem, tags } },
      async (request, reply) =>
        reply.status(201).send(
          await addAgendaItem({
            db,
            actor: requireActor(request),
            meetingId: request.params.id,
            body: request.body,
          }),
        ),
    );
    app.delete('/agenda-items/:id', { schema: { params: ZId, tags } }, async (request, reply) => {
      await removeAgendaItem({ db, actor: requireActor(request), id: request.params.id });
      return reply.status(204).send();
    });
    app.put(
      '/agenda-items/:id/decision',
      { schema: { params: ZId, body: ZRecordDecision, tags } },
      async (request) =>
        recordDecision({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );
    app.post(
      '/meetings/:id/action-items',
      { schema: { params: ZId, body: ZCreateActionItem, tags } },
      async (request, reply) =>
        reply.status(201).send(
          await createActionItem({
            db,
            actor: requireActor(request),
            meetingId: request.params.id,
            body: request.body,
          }),
        ),
    );
    app.get('/action-items', { schema: { querystring: ZListActionItemsQuery, tags } }, async (request) =>
      listActionItems({ db, actor: requireActor(request), status: request.query.status }),
    );
    app.patch(
      '/action-items/:id',
      { schema: { params: ZId, body: ZUpdateActionItem, tags } },
      async (request) =>
        updateActionItem({ db, actor: requireActor(request), id: request.params.id, body: request.body }),
    );
    await app.register(proposalRoutes(db));
  };
}
