-- Issue 6 (0011_knowledge): the knowledge centre and the indexes of the search (src/server/search/).
CREATE TABLE "knowledge_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"steering_distance" text,
	"steering_hardness" text,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text NOT NULL,
	"source_url" text,
	"seed_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce(summary, '')), 'B') || setweight(to_tsvector('dutch'::regconfig, coalesce(body, '')), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "knowledge_plan_links" (
	"knowledge_item_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_plan_links_knowledge_item_id_plan_id_pk" PRIMARY KEY("knowledge_item_id","plan_id")
);
--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_items" ADD CONSTRAINT "knowledge_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_plan_links" ADD CONSTRAINT "knowledge_plan_links_knowledge_item_id_knowledge_items_id_fk" FOREIGN KEY ("knowledge_item_id") REFERENCES "public"."knowledge_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_plan_links" ADD CONSTRAINT "knowledge_plan_links_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_plan_links" ADD CONSTRAINT "knowledge_plan_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_items_region_kind_idx" ON "knowledge_items" USING btree ("region_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_items_seed_key_idx" ON "knowledge_items" USING btree ("region_id","seed_key");--> statement-breakpoint
CREATE INDEX "knowledge_items_search_idx" ON "knowledge_items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "knowledge_items_title_trgm_idx" ON "knowledge_items" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "knowledge_plan_links_plan_idx" ON "knowledge_plan_links" USING btree ("plan_id");--> statement-breakpoint
-- The plans' Dutch full-text vector for GET /search, a stored generated column with its GIN index (schema.ts).
ALTER TABLE "plans" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('dutch'::regconfig, coalesce(name, '') || ' ' || coalesce(address, '') || ' ' || coalesce(notes, ''))) STORED;--> statement-breakpoint
CREATE INDEX "plans_search_idx" ON "plans" USING gin ("search");
