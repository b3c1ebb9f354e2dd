CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ranking_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"attachment_name" text,
	"attachment_type" text,
	"attachment_sha256" text,
	"attachment_content" "bytea",
	"submitted_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "application_reviews" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"excluded" boolean NOT NULL,
	"reason_code" text,
	"reason_text" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_scores" (
	"application_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"points_hundredths" integer NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"explanation" jsonb,
	"scored_by" uuid,
	"scored_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_scores_application_id_criterion_id_pk" PRIMARY KEY("application_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "committee_members" (
	"committee_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"conflict_declared_at" timestamp with time zone,
	"conflict_statement" text,
	CONSTRAINT "committee_members_committee_id_person_id_pk" PRIMARY KEY("committee_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "committee_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"place" text DEFAULT '' NOT NULL,
	"present" jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"appointment_act" text DEFAULT '' NOT NULL,
	"named_by" uuid,
	"named_at" timestamp with time zone NOT NULL,
	CONSTRAINT "committees_call_id_unique" UNIQUE("call_id")
);
--> statement-breakpoint
CREATE TABLE "funding_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"ranking_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"decree_number" text NOT NULL,
	"committed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "funding_commitments_ranking_id_unique" UNIQUE("ranking_id")
);
--> statement-breakpoint
CREATE TABLE "ranking_entries" (
	"ranking_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"place" integer,
	"total_hundredths" integer NOT NULL,
	"outcome" text NOT NULL,
	"position_id" uuid,
	"tie_group" smallint,
	"detail" jsonb,
	CONSTRAINT "ranking_entries_ranking_id_application_id_pk" PRIMARY KEY("ranking_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "ranking_positions" (
	"ranking_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	CONSTRAINT "ranking_positions_ranking_id_position_id_pk" PRIMARY KEY("ranking_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "rankings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"group_key" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"appeals_close_at" timestamp with time zone,
	"decree_number" text,
	"decree_date" date,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"valid_until" date,
	"version" integer DEFAULT 1 NOT NULL,
	"computed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rankings_call_group_uq" UNIQUE("call_id","group_key")
);
--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_ranking_id_rankings_id_fk" FOREIGN KEY ("ranking_id") REFERENCES "public"."rankings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_answered_by_people_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_reviews" ADD CONSTRAINT "application_reviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_reviews" ADD CONSTRAINT "application_reviews_reviewed_by_people_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_scores" ADD CONSTRAINT "application_scores_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_scores" ADD CONSTRAINT "application_scores_scored_by_people_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_sessions" ADD CONSTRAINT "committee_sessions_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_named_by_people_id_fk" FOREIGN KEY ("named_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_commitments" ADD CONSTRAINT "funding_commitments_assignment_id_funding_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."funding_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_commitments" ADD CONSTRAINT "funding_commitments_ranking_id_rankings_id_fk" FOREIGN KEY ("ranking_id") REFERENCES "public"."rankings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_entries" ADD CONSTRAINT "ranking_entries_ranking_id_rankings_id_fk" FOREIGN KEY ("ranking_id") REFERENCES "public"."rankings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_entries" ADD CONSTRAINT "ranking_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_entries" ADD CONSTRAINT "ranking_entries_position_id_call_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."call_positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_positions" ADD CONSTRAINT "ranking_positions_ranking_id_rankings_id_fk" FOREIGN KEY ("ranking_id") REFERENCES "public"."rankings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_positions" ADD CONSTRAINT "ranking_positions_position_id_call_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."call_positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rankings" ADD CONSTRAINT "rankings_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rankings" ADD CONSTRAINT "rankings_approved_by_people_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appeals_ranking_idx" ON "appeals" USING btree ("ranking_id");--> statement-breakpoint
CREATE INDEX "committee_sessions_committee_idx" ON "committee_sessions" USING btree ("committee_id");--> statement-breakpoint
CREATE INDEX "funding_commitments_assignment_idx" ON "funding_commitments" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "ranking_entries_application_idx" ON "ranking_entries" USING btree ("application_id");