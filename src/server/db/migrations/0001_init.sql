CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"organisation_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"summary" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "municipality_boundaries" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"source" text,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "national_limits" (
	"year" integer PRIMARY KEY NOT NULL,
	"social_rent_ceiling_eur" numeric(12, 2),
	"mid_rent_ceiling_eur" numeric(12, 2),
	"affordable_buy_limit_eur" numeric(12, 2),
	"sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"cbs_code" text,
	"member" boolean DEFAULT true NOT NULL,
	"centre_lat" double precision,
	"centre_lon" double precision,
	"parent_id" uuid,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_key_unique" UNIQUE("key"),
	CONSTRAINT "organisations_cbs_code_unique" UNIQUE("cbs_code")
);
--> statement-breakpoint
CREATE TABLE "plan_deliveries" (
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"homes" integer NOT NULL,
	CONSTRAINT "plan_deliveries_plan_id_year_pk" PRIMARY KEY("plan_id","year")
);
--> statement-breakpoint
CREATE TABLE "plan_parties" (
	"plan_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "plan_parties_plan_id_organisation_id_role_pk" PRIMARY KEY("plan_id","organisation_id","role")
);
--> statement-breakpoint
CREATE TABLE "plan_segments" (
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"segment" text NOT NULL,
	"homes" integer NOT NULL,
	"usable_area_m2" integer,
	"monthly_rent_eur" integer,
	"price_eur" integer,
	CONSTRAINT "plan_segments_plan_id_position_pk" PRIMARY KEY("plan_id","position")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid,
	"snapshot" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "plan_versions_plan_id_version_pk" PRIMARY KEY("plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"external_id" text,
	"name" text NOT NULL,
	"municipality_code" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"phase" text NOT NULL,
	"planning_status" text NOT NULL,
	"plan_type" text,
	"bottlenecks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"address" text,
	"visibility" text NOT NULL,
	"business_case" jsonb,
	"deadline" date,
	"next_milestone_label" text,
	"next_milestone_date" date,
	"notes" text,
	"fictional" boolean DEFAULT false NOT NULL,
	"total_homes" integer DEFAULT 0 NOT NULL,
	"social_rent_homes" integer DEFAULT 0 NOT NULL,
	"affordable_homes" integer DEFAULT 0 NOT NULL,
	"first_delivery_year" integer,
	"last_delivery_year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "realisations" (
	"municipality_code" text NOT NULL,
	"year" integer NOT NULL,
	"homes" integer NOT NULL,
	"social_rent_homes" integer,
	"source" text,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "realisations_municipality_code_year_pk" PRIMARY KEY("municipality_code","year")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"municipality_code" text,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"homes" integer NOT NULL,
	"social_rent_homes" integer,
	"source" text,
	"demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_deliveries" ADD CONSTRAINT "plan_deliveries_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_parties" ADD CONSTRAINT "plan_parties_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_parties" ADD CONSTRAINT "plan_parties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_segments" ADD CONSTRAINT "plan_segments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "organisations_region_idx" ON "organisations" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "plan_parties_organisation_idx" ON "plan_parties" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "plan_segments_segment_idx" ON "plan_segments" USING btree ("segment");--> statement-breakpoint
CREATE INDEX "plans_region_municipality_idx" ON "plans" USING btree ("region_id","municipality_code");--> statement-breakpoint
CREATE INDEX "plans_owner_idx" ON "plans" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "plans_updated_idx" ON "plans" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "plans_name_trgm_idx" ON "plans" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "plans_external_id_idx" ON "plans" USING btree ("region_id","external_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_scope_idx" ON "targets" USING btree ("region_id","municipality_code","period_start","period_end");