ALTER TABLE "students" ADD COLUMN "isee_cents" integer;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "phd_scholarship" boolean;