CREATE TABLE "staff_capacity" (
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"fte" double precision NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "staff_capacity_organisation_id_role_pk" PRIMARY KEY("organisation_id","role")
);
--> statement-breakpoint
ALTER TABLE "staff_capacity" ADD CONSTRAINT "staff_capacity_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_capacity" ADD CONSTRAINT "staff_capacity_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;