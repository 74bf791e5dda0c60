-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subscriptionId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "eventId" INTEGER,
    "digestDate" TEXT,
    "dedupKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "refusedAttempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "platformMessageId" TEXT,
    "postedSourceCount" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "Delivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Delivery" ("attempts", "createdAt", "dedupKey", "digestDate", "eventId", "id", "kind", "lastError", "nextAttemptAt", "platformMessageId", "postedSourceCount", "sentAt", "status", "subscriptionId") SELECT "attempts", "createdAt", "dedupKey", "digestDate", "eventId", "id", "kind", "lastError", "nextAttemptAt", "platformMessageId", "postedSourceCount", "sentAt", "status", "subscriptionId" FROM "Delivery";
DROP TABLE "Delivery";
ALTER TABLE "new_Delivery" RENAME TO "Delivery";
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");
CREATE INDEX "Delivery_eventId_idx" ON "Delivery"("eventId");
CREATE UNIQUE INDEX "Delivery_subscriptionId_dedupKey_key" ON "Delivery"("subscriptionId", "dedupKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
