/** The publishing systems crawl knows (each implements site.ts). */
import { dynastySite } from "./dynasty-site.js";
import { twebSite } from "./tweb.js";
import type { Site } from "./site.js";

export type { ItemRead, Target } from "./site.js";

const SITES: Site[] = [dynastySite, twebSite];

export function siteFor(url: string): Site | null {
  return SITES.find((s) => s.accepts(url)) ?? null;
}
