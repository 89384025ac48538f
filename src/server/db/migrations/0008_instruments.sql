CREATE TABLE "compensation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"motivation" text NOT NULL,
	"elsewhere_checked" boolean DEFAULT false NOT NULL,
	"elsewhere_note" text,
	"attachment_name" text,
	"attachment_type" text,
	"attachment" "bytea",
	"amount_eur" numeric(14, 2),
	"decision" text,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "compensation_schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"effective_from" date NOT NULL,
	"title" text NOT NULL,
	"method" jsonb NOT NULL,
	"min_project_homes" integer DEFAULT 4 NOT NULL,
	"fund_cap_per_home_eur" numeric(12, 2),
	"rounding_eur" integer DEFAULT 1 NOT NULL,
	"source" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "fund_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"booked_on" date NOT NULL,
	"kind" text NOT NULL,
	"amount_eur" numeric(14, 2) NOT NULL,
	"homes" integer,
	"plan_id" uuid,
	"request_id" uuid,
	"corrects_id" uuid,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "hardship_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"segment" text NOT NULL,
	"rule" text NOT NULL,
	"motivation" text NOT NULL,
	"approved_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "ordinances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"effective_from" date NOT NULL,
	"title" text NOT NULL,
	"rules" jsonb NOT NULL,
	"hardship_clause" text NOT NULL,
	"source" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "participation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"done" text NOT NULL,
	"discussion" text NOT NULL,
	"use_of_input" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"advice" text,
	"advice_text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"advised_at" timestamp with time zone,
	"advised_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quick_scans" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"answers" jsonb NOT NULL,
	"designated" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "review_frameworks" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"criteria" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "compensation_requests" ADD CONSTRAINT "compensation_requests_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compensation_requests" ADD CONSTRAINT "compensation_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compensation_requests" ADD CONSTRAINT "compensation_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compensation_schemes" ADD CONSTRAINT "compensation_schemes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compensation_schemes" ADD CONSTRAINT "compensation_schemes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_request_id_compensation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."compensation_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_entries" ADD CONSTRAINT "fund_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hardship_exceptions" ADD CONSTRAINT "hardship_exceptions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hardship_exceptions" ADD CONSTRAINT "hardship_exceptions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordinances" ADD CONSTRAINT "ordinances_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordinances" ADD CONSTRAINT "ordinances_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_advised_by_users_id_fk" FOREIGN KEY ("advised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_scans" ADD CONSTRAINT "quick_scans_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quick_scans" ADD CONSTRAINT "quick_scans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_frameworks" ADD CONSTRAINT "review_frameworks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_frameworks" ADD CONSTRAINT "review_frameworks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compensation_requests_plan_idx" ON "compensation_requests" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "compensation_schemes_municipality_from_idx" ON "compensation_schemes" USING btree ("municipality_code","effective_from");--> statement-breakpoint
CREATE INDEX "fund_entries_municipality_idx" ON "fund_entries" USING btree ("municipality_code","booked_on");--> statement-breakpoint
CREATE UNIQUE INDEX "hardship_exceptions_plan_rule_idx" ON "hardship_exceptions" USING btree ("plan_id","segment","rule");--> statement-breakpoint
CREATE UNIQUE INDEX "ordinances_municipality_from_idx" ON "ordinances" USING btree ("municipality_code","effective_from");--> statement-breakpoint
CREATE INDEX "participation_reports_plan_idx" ON "participation_reports" USING btree ("plan_id","created_at");