/** A key from a new criterion's name: "Groen en water" → "groenEnWater" (letters and digits only). */
export function keyFromLabel(label: string, taken: readonly string[]): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const base =
    words
      .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]?.toUpperCase() + w.slice(1).toLowerCase()))
      .join('') || 'criterium';
  const start = /^[a-zA-Z]/.test(base) ? base : `c${base}`;
  let key = start.slice(0, 40);
  for (let n = 2; taken.includes(key); n++) key = `${start.slice(0, 38)}${n}`;
  return key;
}
