import {
  STEERING_DISTANCE_LABELS,
  STEERING_HARDNESS_LABELS,
  type SteeringDistance,
  type SteeringHardness,
} from '../../../core/knowledge';

/** "Sturen op afstand · Harde sturing" for an instrument; empty for items without axes. */
export function axesLabel(item: {
  steeringDistance: SteeringDistance | null;
  steeringHardness: SteeringHardness | null;
}) {
  return [
    item.steeringDistance ? STEERING_DISTANCE_LABELS[item.steeringDistance] : null,
    item.steeringHardness ? STEERING_HARDNESS_LABELS[item.steeringHardness] : null,
  ]
    .filter(Boolean)
    .join(' · ');
}
