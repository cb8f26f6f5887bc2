/** Stored with every document so that rows from an older parser can be found and re-parsed. */
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

/** Bump the revision when a change of the parser changes its output. */
export const PARSER_REVISION = 2;
export const PARSER_VERSION = `${pkg.version}+r${PARSER_REVISION}`;
