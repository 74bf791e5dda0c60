// Prisma 7 configuration: where the schema and migrations live and which database the CLI talks to.
// The running bot migrates itself at start-up (src/infra/db/migrator.ts); this file serves the
// Prisma CLI (`prisma generate`, and `prisma migrate deploy` where its engine can be downloaded).
import 'dotenv/config';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/exodus.db' },
});
