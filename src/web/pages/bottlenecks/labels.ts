import type { Bottleneck, BottleneckStatus } from '../../api';

export const BOTTLENECK_STATUS_LABELS: Record<BottleneckStatus, string> = {
  open: 'Open',
  inProgress: 'In behandeling',
  resolved: 'Opgelost',
};

export const BOTTLENECK_KIND_LABELS: Record<Bottleneck['kind'], string> = {
  behindTrajectory: 'Achter op het pad',
  shareBelowNorm: 'Aandeel onder de norm',
  stalePlan: 'Bezet planruimte',
  lowForecast: 'Lage kans op de opgave',
  scheduleDelay: 'Vertraging op het kritieke pad',
  manual: 'Handmatig vastgelegd',
};
