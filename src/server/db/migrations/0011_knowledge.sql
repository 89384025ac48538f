-- Issue 6 (0011_knowledge): filled by that area; statements separated by --> statement-breakpoint
SELECT 1;
