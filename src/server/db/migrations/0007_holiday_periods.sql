CREATE TABLE "holiday_periods" (
	"region_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"label" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "holiday_periods_region_id_starts_on_pk" PRIMARY KEY("region_id","starts_on")
);
--> statement-breakpoint
ALTER TABLE "holiday_periods" ADD CONSTRAINT "holiday_periods_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;