/**
 * Issue 6 tables for the agreements area (owned by that area; re-exported by src/server/db/client.ts and read by
 * drizzle-kit through the schema glob in drizzle.config.ts).
 */
export {};
