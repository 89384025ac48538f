import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, fieldErrors } from '../../api';
import { ErrorSummary, Field } from '../../components/Field';
import { usePageTitle } from '../../components/usePageTitle';

const ROLE_LABELS = { viewer: 'lezer', editor: 'bewerker', admin: 'beheerder' } as const;

/** Only a relative path inside the app is a safe place to return to. */
function safeReturn(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function LoginPage() {
  usePageTitle('Inloggen');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const demo = useQuery({ queryKey: ['demo-info'], queryFn: api.demoInfo, retry: false });

  const login = useMutation({
    mutationFn: () => api.login(email, password),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(['me'], user);
      navigate(safeReturn(params.get('terug')), { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.errors.length) {
        setErrors(fieldErrors(error));
      } else {
        setErrors({ form: error instanceof ApiError ? error.message : 'Inloggen lukt nu niet.' });
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = 'Vul een geldig e-mailadres in.';
    if (!password) found.password = 'Vul je wachtwoord in.';
    setErrors(found);
    if (Object.keys(found).length === 0) login.mutate();
  }

  const summary = Object.entries(errors)
    .filter(([key]) => key !== 'form')
    .map(([key, message]) => ({ id: `login-${key}`, message }));

  return (
    <div className="wr-login">
      <main className="wr-login__card" id="inhoud">
        <p className="wr-brand wr-brand--large">Woonregie</p>
        <h1 className="utrecht-heading-1">Inloggen</h1>
        <p className="utrecht-paragraph">Samen woningbouw programmeren, plannen en monitoren in de regio.</p>
        <form onSubmit={submit} noValidate>
          <ErrorSummary title="Controleer je invoer" errors={summary} />
          {errors.form && (
            <div className="utrecht-alert utrecht-alert--error" role="alert">
              <p className="utrecht-paragraph">{errors.form}</p>
            </div>
          )}
          <Field id="login-email" label="E-mailadres" error={errors.email}>
            {(props) => (
              <input
                {...props}
                className="utrecht-textbox utrecht-textbox--html-input"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </Field>
          <Field id="login-password" label="Wachtwoord" error={errors.password}>
            {(props) => (
              <input
                {...props}
                className="utrecht-textbox utrecht-textbox--html-input"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            disabled={login.isPending}
            aria-busy={login.isPending || undefined}
          >
            {login.isPending ? 'Bezig met inloggen…' : 'Inloggen'}
          </button>
        </form>
        {demo.data && (
          <section className="wr-demo" aria-labelledby="demo-titel">
            <h2 className="utrecht-heading-3" id="demo-titel">
              Demo-accounts
            </h2>
            <p className="utrecht-paragraph">
              Dit is een demo-omgeving. Elk account heeft het wachtwoord <code>{demo.data.password}</code>.
              Kies een account om het in te vullen.
            </p>
            <ul className="wr-demo__list">
              {demo.data.accounts.map((account) => (
                <li key={account.email}>
                  <button
                    type="button"
                    className="wr-demo__account"
                    onClick={() => {
                      setEmail(account.email);
                      setPassword(demo.data.password);
                    }}
                  >
                    <span className="wr-demo__org">
                      {account.organisationName} ({ROLE_LABELS[account.role]})
                    </span>
                    <span className="wr-muted wr-small">{account.email}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
