import { useQuery } from '@tanstack/react-query';
import { PARTY_KIND_LABELS } from '../../../core/agreements';
import { api } from '../../api';

const PARTY_KINDS = ['municipality', 'housingAssociation', 'tenantOrganisation', 'region', 'province'];

/** The parties of an agreement as checkboxes, grouped by kind, with help and the error next to them. */
export function PartyPicker({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const organisations = useQuery({ queryKey: ['organisations'], queryFn: api.organisations });
  const candidates = (organisations.data?.items ?? []).filter((o) => PARTY_KINDS.includes(o.kind));
  return (
    <fieldset className="wr-fieldset" id={id} aria-describedby={`${id}-hulp`}>
      <legend>Partijen</legend>
      <p className="wr-field__help" id={`${id}-hulp`}>
        De gemeente, de corporaties en hun huurdersorganisaties.
      </p>
      {error && <p className="utrecht-form-field-error-message">{error}</p>}
      <div className="wr-party-picks">
        {PARTY_KINDS.map((kind) => {
          const orgs = candidates.filter((o) => o.kind === kind);
          if (orgs.length === 0) return null;
          return (
            <fieldset key={kind} className="wr-party-kind">
              <legend className="wr-small">{PARTY_KIND_LABELS[kind]}</legend>
              {orgs.map((o) => (
                <label key={o.id} className="wr-check">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={value.includes(o.id)}
                    onChange={(e) =>
                      onChange(e.target.checked ? [...value, o.id] : value.filter((x) => x !== o.id))
                    }
                  />
                  {o.name}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
