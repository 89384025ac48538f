/**
 * Test fixture: a Planmonitor Wonen sheet as a municipality fills it in by hand, not written by Woonregie:
 * "Gemeente Hilversum", Check cells with a wrong cached result (the import computes Check itself), a Totalen
 * formula never calculated, Gerealiseerd, and homes in the "onbekend" rows.
 */
export function handMadeSheet(): unknown[][] {
  const rows: unknown[][] = [
    ['Plannaam', 'Stationskwartier'],
    ['Plaatsnaam', 'Hilversum'],
    ['Gemeente', 'Gemeente Hilversum'],
    ['Regio', 'Gooi en Vechtstreek'],
    ['Provincie', 'Noord-Holland'],
    ['Plantype', 'Transformatiegebied'],
    ['Vertrouwelijkheid', 'Provincie'],
    ['Status Project', 'Bouwvoorbereiding'],
    ['Status Planologisch', '2A. Vastgesteld'],
    ['Knelpunten', 'Stikstof; Netcongestie'],
    ['Woonmilieu', 'Centrum-stedelijk'],
  ];
  while (rows.length < 17) rows.push([]);
  rows.push(['', 'Groepnaam', 'Totalen', 'Check', 'Gerealiseerd', 'Restcapaciteit', 2024, 2025]);
  const line = (
    label: string,
    group: string | null,
    total: unknown,
    realised: number | null,
    y2024: number | null,
    y2025: number | null,
  ) => [label, group, total, { formula: 'C19-SUM(C20:C22)', result: 99 }, realised, null, y2024, y2025];
  const labels = [
    'Nieuwbouw',
    'Eengezins',
    'Meergezins',
    'Onbekend',
    'Nultreden',
    'Geclusterd',
    'Zorggeschikt',
    'Onbekend',
    'Regulier',
    'Flexwoningen',
    'Regulier permanent',
  ];
  rows.push(line(labels[0] as string, 'nieuwbouw', { formula: 'E19+SUM(G19:Z19)', result: 20 }, 5, 10, 5));
  rows.push(line('Eengezins', 'woningtype', 20, 5, 10, 5));
  for (const label of labels.slice(2, 4)) rows.push([label]);
  rows.push(line('Nultreden', 'wonen en zorg', 20, 5, 10, 5));
  for (const label of labels.slice(5, 9)) rows.push([label]);
  rows.push(['Flexwoningen', 'flexwoningen']);
  rows.push(line('Regulier permanent', null, 20, 5, 10, 5));
  rows.push(line('Sociale huur', 'betaalbaarheid', { formula: 'E30+SUM(G30:Z30)' }, 5, 3, null));
  rows.push(['Huur middenhuur'], ['Huur dure huur']);
  rows.push(line('Huur onbekend', null, 7, null, 7, null));
  rows.push(['Koop betaalbare koop'], ['Koop dure koop']);
  rows.push(line('Koop onbekend', null, 5, null, null, 5));
  rows.push(['Onbekend Koop of Huur'], ['Sloop', 'sloop', 3]);
  return rows;
}
