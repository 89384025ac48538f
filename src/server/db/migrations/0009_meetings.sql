-- Issue 6 (0009_meetings): filled by that area; statements separated by --> statement-breakpoint
SELECT 1;
