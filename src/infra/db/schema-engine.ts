// Owns Prisma's WASM schema engine: loads it once and opens it over a better-sqlite3 adapter.
// The native engine the Prisma CLI downloads is unavailable offline; the WASM build ships in
// @prisma/schema-engine-wasm and speaks the same JSON-RPC-like API (applyMigrations, diff, ...).
// Node cannot `import` a .wasm file, so the wasm-bindgen glue is wired by hand.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type * as WasmEngine from '@prisma/schema-engine-wasm';

type Bindings = typeof WasmEngine;
export type SchemaEngine = WasmEngine.SchemaEngine;

// @types/node leaves WebAssembly to lib.dom; this is the slice used here.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

const require = createRequire(import.meta.url);
let bindings: Promise<Bindings> | undefined;

function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = (await import(pathToFileURL(gluePath).href)) as Bindings & {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
    };
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue as never });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

/**
 * Runs `work` with a schema engine on the SQLite database at `url` for the given datamodel, then
 * frees the engine and closes its connections (left open, they keep SQLite locked).
 */
export async function withSchemaEngine<T>(url: string, datamodel: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const connections: SqlDriverAdapter[] = [];
  const factory = withScriptSupport(new PrismaBetterSqlite3({ url }), connections);
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', datamodel]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(connections.map((c) => c.dispose()));
  }
}

/**
 * The engine replays whole migration files through `executeRaw`, but better-sqlite3's prepare()
 * takes one statement at a time; parameterless raw SQL is routed to `executeScript` (db.exec).
 */
function withScriptSupport(factory: PrismaBetterSqlite3, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    opened.push(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}
