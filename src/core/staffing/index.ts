export { compareWithCapacity } from './capacity';
export { computeStaffDemand, HOURS_PER_FTE, orderRoles } from './demand';
export { addMonths, isMonth, monthWindow } from './months';
export * from './types';
