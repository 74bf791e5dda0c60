-- AlterTable
ALTER TABLE "Article" ADD COLUMN "detectedAt" DATETIME;

-- Articles stored before this column existed were handed to detection when they were stored.
UPDATE "Article" SET "detectedAt" = "fetchedAt";

-- CreateIndex
CREATE INDEX "Article_detectedAt_idx" ON "Article"("detectedAt");
