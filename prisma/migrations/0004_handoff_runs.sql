-- AlterTable
ALTER TABLE "Handoff" ADD COLUMN "editedAt" DATETIME;
ALTER TABLE "Handoff" ADD COLUMN "ledgerSession" INTEGER;

-- AlterTable
ALTER TABLE "HandoffItem" ADD COLUMN "inPrompt" BOOLEAN;

-- AlterTable
ALTER TABLE "HandoffRun" ADD COLUMN "draft" TEXT;
ALTER TABLE "HandoffRun" ADD COLUMN "finishedAt" DATETIME;
ALTER TABLE "HandoffRun" ADD COLUMN "message" TEXT;
ALTER TABLE "HandoffRun" ADD COLUMN "model" TEXT;
