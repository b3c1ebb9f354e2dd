CREATE TABLE "returned_hours_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_appointment_id" uuid NOT NULL,
	"target_appointment_id" uuid NOT NULL,
	"hours" integer NOT NULL,
	"amount_cents" integer NOT NULL,
	"activity_kind" text NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "returned_hours_assignments_positive" CHECK ("returned_hours_assignments"."hours" > 0 and "returned_hours_assignments"."amount_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "returned_hours_assignments" ADD CONSTRAINT "returned_hours_assignments_source_appointment_id_appointments_id_fk" FOREIGN KEY ("source_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returned_hours_assignments" ADD CONSTRAINT "returned_hours_assignments_target_appointment_id_appointments_id_fk" FOREIGN KEY ("target_appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "returned_hours_assignments" ADD CONSTRAINT "returned_hours_assignments_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "returned_hours_assignments_source_idx" ON "returned_hours_assignments" USING btree ("source_appointment_id");