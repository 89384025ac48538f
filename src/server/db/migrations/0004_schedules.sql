CREATE TABLE "council_meetings" (
	"municipality_code" text NOT NULL,
	"date" date NOT NULL,
	"label" text,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "council_meetings_municipality_code_date_pk" PRIMARY KEY("municipality_code","date")
);
--> statement-breakpoint
CREATE TABLE "logbook_answers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"answer" text NOT NULL,
	"note" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_by" uuid
);
--> statement-breakpoint
CREATE TABLE "plan_schedules" (
	"plan_id" uuid NOT NULL,
	"variant" text DEFAULT 'joint' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"route" jsonb,
	"template_key" text,
	"start_date" date NOT NULL,
	"activities" jsonb NOT NULL,
	"baseline" jsonb,
	"agreed_at" timestamp with time zone,
	"agreed_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "plan_schedules_plan_id_variant_pk" PRIMARY KEY("plan_id","variant")
);
--> statement-breakpoint
ALTER TABLE "logbook_answers" ADD CONSTRAINT "logbook_answers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logbook_answers" ADD CONSTRAINT "logbook_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_schedules" ADD CONSTRAINT "plan_schedules_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_schedules" ADD CONSTRAINT "plan_schedules_agreed_by_users_id_fk" FOREIGN KEY ("agreed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_schedules" ADD CONSTRAINT "plan_schedules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "logbook_answers_plan_idx" ON "logbook_answers" USING btree ("plan_id","answered_at");