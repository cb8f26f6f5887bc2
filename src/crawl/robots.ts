/**
 * robots.txt as the crawler obeys it: the group for our User-Agent token (else `*`), Allow and
 * Disallow by longest match (Allow wins a tie, `*` and `$` understood), and Crawl-delay. A missing
 * robots.txt (404) allows everything; one that cannot be read (5xx, network) is read as "disallow
 * all" for the run, as the convention asks.
 */

export interface RobotsRules {
  allow: string[];
  disallow: string[];
  /** Seconds between requests, if the site asks for it. */
  crawlDelay: number | null;
}

export const ALLOW_ALL: RobotsRules = { allow: [], disallow: [], crawlDelay: null };
export const DISALLOW_ALL: RobotsRules = { allow: [], disallow: ["/"], crawlDelay: null };

/** The rules of the group that names `agentToken` (case-insensitive prefix), else of `*`. */
export function parseRobots(text: string, agentToken: string): RobotsRules {
  type Group = { agents: string[]; rules: RobotsRules };
  const groups: Group[] = [];
  let cur: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === "user-agent") {
      if (!cur || !lastWasAgent) groups.push((cur = { agents: [], rules: { allow: [], disallow: [], crawlDelay: null } }));
      cur.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!cur) continue;
    if (key === "disallow" && value) cur.rules.disallow.push(value);
    else if (key === "allow" && value) cur.rules.allow.push(value);
    else if (key === "crawl-delay") {
      const d = Number(value);
      if (Number.isFinite(d) && d >= 0) cur.rules.crawlDelay = d;
    }
  }
  const token = agentToken.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== "*" && token.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes("*"));
  if (!chosen.length) return ALLOW_ALL;
  return {
    allow: chosen.flatMap((g) => g.rules.allow),
    disallow: chosen.flatMap((g) => g.rules.disallow),
    crawlDelay: chosen.map((g) => g.rules.crawlDelay).find((d) => d !== null) ?? null,
  };
}

function matchLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = new RegExp("^" + body.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + (anchored ? "$" : ""));
  return re.test(path) ? body.length : -1;
}

/** Whether `pathAndQuery` (e.g. "/cgi/DREQUEST.PHP?page=meeting&id=1") may be fetched. */
export function isAllowed(rules: RobotsRules, pathAndQuery: string): boolean {
  let best = -1;
  let allowed = true;
  for (const p of rules.disallow) {
    const n = matchLength(p, pathAndQuery);
    if (n > best) [best, allowed] = [n, false];
  }
  for (const p of rules.allow) {
    const n = matchLength(p, pathAndQuery);
    if (n >= best && n >= 0) [best, allowed] = [n, true];
  }
  return allowed;
}
