import type { Development, Preparation, Procedure, RouteMapPhase } from './schema';

export const PHASE_LABELS: Record<RouteMapPhase, string> = {
  initiative: 'Initiatief en verkenning',
  planning: 'Planvorming en conditionering',
  elaboration: 'Uitwerking en projectontwikkeling',
  construction: 'Vastgoed en bouw',
};

interface Option<T extends string> {
  value: T;
  label: string;
}
interface RouteMapQuestion<T extends string> {
  key: string;
  label: string;
  help: string;
  options: Option<T>[];
}

/** The three main questions of the Taskforce route map (seed 003, session 3). */
export const ROUTE_MAP_QUESTIONS: {
  development: RouteMapQuestion<Development>;
  procedure: RouteMapQuestion<Procedure>;
  preparation: RouteMapQuestion<Preparation>;
} = {
  development: {
    key: 'development',
    label: 'Locatieontwikkeling of gebiedsontwikkeling?',
    help: 'Locatieontwikkeling: één kavel of complex. Gebiedsontwikkeling: meerdere locaties met een gebiedsvisie, grondexploitatie (raadsbesluit) en bouwrijp maken door de gemeente.',
    options: [
      { value: 'site', label: 'Locatieontwikkeling' },
      { value: 'area', label: 'Gebiedsontwikkeling' },
    ],
  },
  procedure: {
    key: 'procedure',
    label: 'Omgevingsplan, BOPA of omgevingsvergunning?',
    help: 'Wijziging van het omgevingsplan: de raad stelt vast. BOPA (buitenplanse omgevingsplanactiviteit): het college beslist, standaard in de reguliere procedure van 8 weken (+ 6). Past het plan binnen het omgevingsplan, dan volstaat een omgevingsvergunning.',
    options: [
      { value: 'zoningPlanChange', label: 'Wijziging van het omgevingsplan' },
      { value: 'outOfPlanPermit', label: 'Buitenplanse omgevingsplanactiviteit (BOPA)' },
      { value: 'buildingPermit', label: 'Omgevingsvergunning binnen het omgevingsplan' },
    ],
  },
  preparation: {
    key: 'preparation',
    label: 'Bouwvoorbereiding volgordelijk of parallel?',
    help: 'Volgordelijk: elke stap wacht tot de vorige klaar is. Parallel: uitgangspunten, rekenen, tekenen, onderzoeken, participatie en afspraken lopen samen op, en het ontwerp start tijdens de procedure. Wettelijke termijnen worden niet korter.',
    options: [
      { value: 'sequential', label: 'Volgordelijk' },
      { value: 'parallel', label: 'Parallel' },
    ],
  },
};
