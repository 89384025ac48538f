import './knowledge.css';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { knowledgeApi } from './knowledge-api';

/** On the plan page: the knowledge items (instruments, examples, lessons) used in this plan, with their note. */
export function PlanKnowledgeLinks({ planId }: { planId: string }) {
  const items = useQuery({
    queryKey: ['knowledge', 'plan', planId],
    queryFn: () => knowledgeApi.ofPlan(planId),
  });
  if (items.isPending || items.isError) return null;
  if (items.data.items.length === 0) {
    return (
      <p className="wr-knowledge-meta">
        Nog geen kennis gekoppeld. Koppel een instrument of voorbeeld vanuit de{' '}
        <Link to="/kennis">kennis</Link>.
      </p>
    );
  }
  return (
    <ul className="wr-knowledge-plans">
      {items.data.items.map((item) => (
        <li key={item.id}>
          <span className="wr-knowledge-kind">{item.kindLabel}</span>{' '}
          <Link to={`/kennis/${item.id}`}>{item.title}</Link>
          {item.note && <p className="wr-knowledge-note">{item.note}</p>}
        </li>
      ))}
    </ul>
  );
}
