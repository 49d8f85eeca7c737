-- AlterTable
ALTER TABLE "Project" ADD COLUMN "handoffBudget" INTEGER;
