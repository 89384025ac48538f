import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { fieldErrors } from '../../api';
import { SelectField } from '../../components/Field';
import { FormMessage } from './common';
import { meetingsApi } from './meetings-api';
import { formatMeetingDay } from './meetings-format';

/**
 * "Agenderen": lets a region admin put a bottleneck, review, plan or proposal on the next meeting of a chosen
 * table. Renders nothing for everyone else. Mount it on the page of the thing (Knelpunten, a plan, a review).
 */
export function PutOnAgenda({
  kind,
  id,
  title,
}: {
  kind: 'bottleneck' | 'review' | 'plan' | 'proposal';
  id: string;
  title: string;
}) {
  const client = useQueryClient();
  const fieldId = useId();
  const tables = useQuery({ queryKey: ['meetings', 'tables'], queryFn: meetingsApi.tables });
  const [tableId, setTableId] = useState('');
  const put = useMutation({
    mutationFn: () => meetingsApi.putOnNextMeeting(tableId, { subjectKind: kind, subjectId: id }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings'] }),
  });
  if (!tables.data?.permissions.canEdit) return null;
  const options = tables.data.items
    .filter((t) => t.nextMeeting)
    .map((t) => [t.id, `${t.name} (${formatMeetingDay(t.nextMeeting?.startsAt ?? '')})`] as const);
  const errors = fieldErrors(put.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!tableId) return;
    put.mutate();
  };
  if (put.data) {
    return (
      <p className="wr-put-on-agenda" role="status">
        Op de agenda gezet:{' '}
        <Link to={`/overleg/vergaderingen/${put.data.meeting.id}`}>
          {put.data.meeting.title}, {formatMeetingDay(put.data.meeting.startsAt)}
        </Link>
      </p>
    );
  }
  return (
    <form className="wr-put-on-agenda" onSubmit={submit} noValidate aria-label={`${title} agenderen`}>
      <SelectField
        id={`agenderen-${fieldId}`}
        label="Agenderen voor de volgende vergadering van"
        value={tableId}
        onChange={setTableId}
        placeholder="Kies een overlegtafel"
        options={options}
        error={errors.tableId ?? errors.subjectId}
      />
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={put.isPending || !tableId}
      >
        Agenderen<span className="wr-visually-hidden">: {title}</span>
      </button>
      <FormMessage error={put.error} />
    </form>
  );
}
