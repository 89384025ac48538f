CREATE TABLE "bottlenecks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"signal_key" text,
	"kind" text NOT NULL,
	"municipality_code" text,
	"plan_id" uuid,
	"title" text NOT NULL,
	"detail" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"owner_organisation_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "programme_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"kind" text NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"taken_by" uuid,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_settings" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"reserve_margin" double precision DEFAULT 1.3 NOT NULL,
	"stale_after_months" integer DEFAULT 12 NOT NULL,
	"forecast_parameters" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "realisations" ADD COLUMN "segment" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "realisations" DROP CONSTRAINT "realisations_municipality_code_year_pk";--> statement-breakpoint
ALTER TABLE "realisations" ADD CONSTRAINT "realisations_municipality_code_year_segment_pk" PRIMARY KEY("municipality_code","year","segment");--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "programme_status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "programme_status_reason" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "programme_status_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "by_segment" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "targets" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "bottlenecks" ADD CONSTRAINT "bottlenecks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bottlenecks" ADD CONSTRAINT "bottlenecks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bottlenecks" ADD CONSTRAINT "bottlenecks_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bottlenecks" ADD CONSTRAINT "bottlenecks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_snapshots" ADD CONSTRAINT "programme_snapshots_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_snapshots" ADD CONSTRAINT "programme_snapshots_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_settings" ADD CONSTRAINT "region_settings_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_settings" ADD CONSTRAINT "region_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bottlenecks_signal_idx" ON "bottlenecks" USING btree ("region_id","signal_key");--> statement-breakpoint
CREATE INDEX "bottlenecks_status_idx" ON "bottlenecks" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "programme_snapshots_region_idx" ON "programme_snapshots" USING btree ("region_id","taken_at");;--> statement-breakpoint
-- Realisations were one row per municipality and year with a social-rent count; split them into segment rows.
INSERT INTO "realisations" ("municipality_code", "year", "segment", "homes", "source", "demo")
  SELECT "municipality_code", "year", 'socialRent', "social_rent_homes", "source", "demo" FROM "realisations"
  WHERE "segment" = 'unknown' AND "social_rent_homes" > 0;--> statement-breakpoint
UPDATE "realisations" SET "homes" = "homes" - "social_rent_homes"
  WHERE "segment" = 'unknown' AND "social_rent_homes" > 0;--> statement-breakpoint
DELETE FROM "realisations" WHERE "homes" <= 0;--> statement-breakpoint
UPDATE "targets" SET "by_segment" = jsonb_build_object('socialRent', "social_rent_homes") WHERE "social_rent_homes" IS NOT NULL;
