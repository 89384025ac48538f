import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api';
import { Loading, QueryError } from './Status';
import { useSessionQuery } from './session';

const MENU = [
  { to: '/', label: 'Overzicht', end: true },
  { to: '/regio', label: 'Regio' },
  { to: '/plannen', label: 'Plannen' },
  { to: '/monitor', label: 'Monitor' },
  { to: '/planning', label: 'Planning' },
  { to: '/instrumenten', label: 'Instrumenten' },
  { to: '/afspraken', label: 'Afspraken' },
  { to: '/overleg', label: 'Overleg' },
  { to: '/knelpunten', label: 'Knelpunten' },
  { to: '/kennis', label: 'Kennis' },
  { to: '/beheer', label: 'Beheer', adminOnly: true },
];

/** Header with the one menu, a skip link and the main landmark; sends visitors without a session to /inloggen. */
export function Layout() {
  const session = useSessionQuery();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);

  // After navigating inside the app, move focus to the page so that keyboard and screen reader users start at
  // its top; on the first page the browser's own start (with the skip link first) is right.
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  if (session.isPending) return <Loading label="Woonregie laden…" />;
  if (session.isError) return <QueryError error={session.error} />;
  const me = session.data;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/inloggen${next === '/' ? '' : `?terug=${encodeURIComponent(next)}`}`} replace />;
  }

  async function logout() {
    await api.logout();
    queryClient.clear();
    navigate('/inloggen');
  }

  return (
    <div className="wr-app">
      <a className="utrecht-link wr-skip-link" href="#inhoud">
        Direct naar de inhoud
      </a>
      <header className="wr-header">
        <div className="wr-header__bar">
          <NavLink to="/" className="wr-brand">
            Woonregie <span className="wr-brand__region">{me.region.name}</span>
          </NavLink>
          <HeaderSearch />
          <div className="wr-user">
            <span>
              {me.name} · {me.organisation.name}
            </span>
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={logout}>
              Uitloggen
            </button>
          </div>
        </div>
        <nav aria-label="Hoofdmenu" className="wr-nav">
          <ul>
            {MENU.filter((item) => !item.adminOnly || me.role === 'admin').map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhoud" ref={main} tabIndex={-1} className="wr-main">
        <Outlet context={{ me }} />
      </main>
      <footer className="wr-footer">
        Woonregie · demo-regio met openbare bronnen en fictieve plannen (zie data/SOURCES.md)
      </footer>
    </div>
  );
}

/** The header's search field (ux.md): searches everything the user may see, results on /zoeken. */
function HeaderSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const current =
    location.pathname === '/zoeken' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [query, setQuery] = useState(current);
  useEffect(() => setQuery(current), [current]);
  return (
    <search className="wr-search">
      <form
        className="wr-search__form"
        onSubmit={(event) => {
          event.preventDefault();
          const q = query.trim();
          if (q) navigate(`/zoeken?q=${encodeURIComponent(q)}`);
        }}
      >
        <label htmlFor="wr-search-input" className="wr-visually-hidden">
          Zoeken in Woonregie
        </label>
        <input
          id="wr-search-input"
          type="search"
          className="utrecht-textbox wr-search__input"
          placeholder="Plannen, kennis, besluiten"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action wr-search__button">
          Zoeken
        </button>
      </form>
    </search>
  );
}
