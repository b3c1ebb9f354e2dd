CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ranking_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"grant_number" smallint NOT NULL,
	"application_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reason" text NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_day" date NOT NULL,
	"remind_at" timestamp with time zone NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"offered_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"sequence" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_ranking_id_rankings_id_fk" FOREIGN KEY ("ranking_id") REFERENCES "public"."rankings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_position_id_call_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."call_positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_student_id_people_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_offered_by_people_id_fk" FOREIGN KEY ("offered_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_closed_by_people_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offers_open_grant_uq" ON "offers" USING btree ("position_id","grant_number") WHERE status in ('pending', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "offers_pending_candidate_uq" ON "offers" USING btree ("ranking_id","application_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "offers_ranking_idx" ON "offers" USING btree ("ranking_id");--> statement-breakpoint
CREATE INDEX "offers_student_idx" ON "offers" USING btree ("student_id");