CREATE TABLE "regulation_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"based_on" text,
	"body" jsonb,
	"active" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "regulation_profiles_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "regulation_profiles" ADD CONSTRAINT "regulation_profiles_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulation_profiles" ADD CONSTRAINT "regulation_profiles_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "regulation_profiles_one_active_uq" ON "regulation_profiles" USING btree ("active") WHERE "regulation_profiles"."active";