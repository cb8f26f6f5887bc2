/** Where the database lives unless --db says otherwise (kept apart from db.ts so `--help` loads no SQLite). */
export const DEFAULT_DB = "output/hva.sqlite";
