import type { Db } from './client';

/** Issue 6: the demo knowledge (filled in by the area); runs on every start and adds only what is missing. */
export async function seedDemoKnowledge(_db: Db): Promise<void> {}
