DROP INDEX "offers_open_grant_uq";--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "source_ranking_id" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "source_appointment_id" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "hours" integer;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "amount_cents" integer;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_source_ranking_id_rankings_id_fk" FOREIGN KEY ("source_ranking_id") REFERENCES "public"."rankings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offers_open_returned_hours_uq" ON "offers" USING btree ("source_appointment_id") WHERE status in ('pending', 'accepted') and source_appointment_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "offers_open_grant_uq" ON "offers" USING btree ("position_id","grant_number") WHERE status in ('pending', 'accepted') and source_appointment_id is null;