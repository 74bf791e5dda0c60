-- How precisely the sources date a move: day | month | year ("last month" is month precision).
-- A plain ADD COLUMN (not a table copy): instant on a large Event table.
ALTER TABLE "Event" ADD COLUMN "datePrecision" TEXT NOT NULL DEFAULT 'day';
