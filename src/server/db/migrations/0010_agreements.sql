-- Issue 6 (0010_agreements): filled by that area; statements separated by --> statement-breakpoint
SELECT 1;
