DROP INDEX "payouts_appointment_uq";--> statement-breakpoint
ALTER TABLE "payouts" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payouts" ADD COLUMN "cancelled_by" uuid;--> statement-breakpoint
ALTER TABLE "payouts" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_cancelled_by_people_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payouts_appointment_uq" ON "payouts" USING btree ("appointment_id") WHERE cancelled_at is null;