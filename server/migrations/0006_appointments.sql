CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"tutor_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"academic_year" text NOT NULL,
	"complex_project" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'generated' NOT NULL,
	"terms" jsonb NOT NULL,
	"duties" text NOT NULL,
	"declared_situations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"protocol_number" text,
	"protocol_date" date,
	"acknowledged_at" timestamp with time zone,
	"started_on" date,
	"hours_done" integer DEFAULT 0 NOT NULL,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"amendments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"ending" jsonb,
	"paid_on" date,
	"cap_override" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_tutor_id_people_id_fk" FOREIGN KEY ("tutor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_position_id_call_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."call_positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_supervisor_id_people_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_offer_uq" ON "appointments" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "appointments_tutor_idx" ON "appointments" USING btree ("tutor_id");--> statement-breakpoint
CREATE INDEX "appointments_call_idx" ON "appointments" USING btree ("call_id");