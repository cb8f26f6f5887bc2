/** The crawler against publishing-site doubles with the real anatomy (test/dynasty-site.ts, test/tweb-site.ts). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDynastyDouble, type DynastySiteDouble } from "./dynasty-site.js";
import { tuningSite } from "./dynasty-specs.js";
import { startTwebDouble, type TwebSiteDouble } from "./tweb-site.js";
import { tuningTweb } from "./tweb-specs.js";
import { crawl, CrawlError } from "../src/crawl/crawl.js";
import { isAllowed, parseRobots } from "../src/crawl/robots.js";
import { decodeChecked } from "../src/crawl/charset.js";
import { parseRss } from "../src/crawl/dynasty.js";
import { openDb, type DB } from "../src/store/db.js";

const FAST = { timeoutMs: 5000, backoffMs: 20, retries: 2, ratePerSecond: 50 };
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hva-okr-sites-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const titles = (db: DB) =>
  Object.fromEntries((db.prepare("SELECT s.source, a.title, a.document_kind FROM agenda_items a JOIN document_sources s ON s.document_id = a.document_id").all() as { source: string; title: string }[]).map((r) => [r.source.replace(/.*id=/, ""), r.title]));

describe("robots.txt and charsets", () => {
  it("obeys the group for our agent, longest match, Crawl-delay", () => {
    const r = parseRobots("User-agent: *\nDisallow: /cgi/DREQUEST.PHP?page=search\nAllow: /cgi/DREQUEST.PHP?page=search&x=1\nCrawl-delay: 2\n\nUser-agent: other\nDisallow: /\n", "hva-okr");
    expect(r.crawlDelay).toBe(2);
    expect(isAllowed(r, "/cgi/DREQUEST.PHP?page=search&q=a")).toBe(false);
    expect(isAllowed(r, "/cgi/DREQUEST.PHP?page=search&x=1")).toBe(true);
    expect(isAllowed(r, "/cgi/DREQUEST.PHP?page=meeting&id=1")).toBe(true);
    expect(isAllowed(parseRobots("User-agent: hva-okr\nDisallow: /ktwebbin/\n\nUser-agent: *\nDisallow:\n", "hva-okr"), "/ktwebbin/dbisa.dll/x")).toBe(false);
  });

  it("decodes by what the bytes are when the declared charset disagrees, and says so", () => {
    const utf8 = Buffer.from("<p>Keittiön ääni – €</p>", "utf8");
    expect(decodeChecked(utf8, "text/html; charset=windows-1252")).toMatchObject({ text: "<p>Keittiön ääni – €</p>", charset: "utf-8" });
    expect(decodeChecked(utf8, "text/html; charset=windows-1252").mismatch).toMatch(/UTF-8/);
    const latin = Buffer.from("<p>Keitti\xf6n \x96</p>", "latin1");
    expect(decodeChecked(latin, "text/html; charset=utf-8")).toMatchObject({ text: "<p>Keittiön –</p>", charset: "windows-1252" });
    const u16 = Buffer.from("<html><p>Pöytäkirja</p></html>", "utf16le");
    expect(decodeChecked(u16, "text/html")).toMatchObject({ text: "<html><p>Pöytäkirja</p></html>", charset: "utf-16le" });
    expect(decodeChecked(Buffer.from("<p>plain</p>"), "text/html; charset=iso-8859-1").mismatch).toBeNull();
  });

  it("decodes entities inside CDATA in feeds", () => {
    const items = parseRss("<rss><item><title><![CDATA[Aluehallitus 8.9.2025 / Keitti&ouml;n saneeraus &ndash; hankinta]]></title><link><![CDATA[DREQUEST.PHP?page=meetingitem&amp;id=1-2]]></link></item></rss>", "http://h/cgi/DREQUEST.PHP");
    expect(items[0]).toMatchObject({ subject: "Keittiön saneeraus – hankinta", link: "http://h/cgi/DREQUEST.PHP?page=meetingitem&id=1-2" });
  });
});

describe("Dynasty double (tuning site)", () => {
  let site: DynastySiteDouble;
  beforeAll(async () => {
    site = await startDynastyDouble(tuningSite);
  });
  afterAll(() => site.close());

  it("finds every item once, imports only real attachments, right titles, wrong page never stored, agenda → minutes on rerun", async () => {
    const db = openDb(join(dir, "dyn.sqlite"));
    const feed = `${site.endpoint}?page=rss/meetingitems&show=1000`;
    const s = await crawl(db, feed, { cacheDir: join(dir, "cache"), fetch: FAST });
    expect(s.failures).toEqual([]);
    expect(s).toMatchObject({ discovered: 5, itemsFetched: 5, attachmentsFetched: 5 });
    // The item's own PDF and the appeal instructions are never fetched.
    expect(site.requests.filter((r) => /\/kokous\/\d+-\d+\.PDF$|-0-1\.PDF$/.test(r))).toEqual([]);
    // The wrong page was served, refused, and the item fetched in a fresh session.
    expect(site.count("/cgi/DREQUEST.PHP?page=meetingitem&id=2025281-3")).toBe(2);
    expect(s.warnings.some((w) => w.includes("2025281-3") && /wrong page/.test(w))).toBe(true);
    expect(titles(db)).toEqual({
      "2025281-1": "Strategiaa toteuttavien tavoitteiden raportointi",
      "2025281-2": "Keittiön saneeraus – hankintapäätös",
      "2025281-3": "Talousarvion toteutuma elokuu 2025",
      "2025281-4": "Ilmoitusasiat",
      "2025310-1": "Hyvinvointialueen palvelustrategia",
    });
    // Charset declared windows-1252, bytes UTF-8: decoded as UTF-8 and flagged.
    expect(s.warnings.some((w) => w.includes("2025281-4") && /charset/.test(w))).toBe(true);
    const kinds = db.prepare("SELECT kind, count(*) AS n FROM crawl_state WHERE status = 'done' GROUP BY 1 ORDER BY 1").all();
    expect(kinds).toEqual([{ kind: "attachment", n: 4 }, { kind: "item", n: 5 }, { kind: "supplementary", n: 1 }]);
    // Identical attachments: both addresses stored, one document.
    const same = db.prepare("SELECT count(DISTINCT document_id) AS docs, count(*) AS n FROM document_sources WHERE source LIKE '%/kokous/2025281-2-%'").get();
    expect(same).toEqual({ docs: 1, n: 2 });
    // 429 with Retry-After: waited and fetched.
    expect(site.count("/kokous/2025310-1-374250.PDF")).toBe(2);

    site.republish("2025310-1");
    const again = await crawl(db, feed, { cacheDir: join(dir, "cache"), fetch: FAST });
    expect(again.failures).toEqual([]);
    expect(again).toMatchObject({ itemsFetched: 1, itemsUpdated: 1, attachmentsFetched: 1, skippedUnchanged: 4 });
    const minutes = db.prepare("SELECT a.document_kind, c.document_kind AS crawl_kind FROM agenda_items a JOIN document_sources s ON s.document_id = a.document_id JOIN crawl_state c ON c.url = s.source WHERE s.source LIKE '%id=2025310-1'").get();
    expect(minutes).toEqual({ document_kind: "Pöytäkirja", crawl_kind: "minutes" });
    expect(db.prepare("SELECT count(*) AS n FROM document_sources WHERE source LIKE '%id=2025310-1'").get()).toEqual({ n: 1 });
    const third = await crawl(db, feed, { cacheDir: join(dir, "cache"), fetch: FAST });
    expect(third).toMatchObject({ itemsFetched: 0, attachmentsFetched: 0, skippedUnchanged: 5 });
    db.close();
  }, 120_000);

  it("--match finds a word with ä/ö written as entities in the feed", async () => {
    const db = openDb(join(dir, "match.sqlite"));
    const s = await crawl(db, `${site.endpoint}?page=rss/meetingitems&show=1000`, { match: /keittiön/iu, cacheDir: join(dir, "cache"), fetch: FAST });
    expect(s).toMatchObject({ discovered: 1, itemsFetched: 1 });
    db.close();
  }, 60_000);

  it("accepts the listing pages and rss/meetings as start points; refuses the rest in one line", async () => {
    const discovered = async (url: string) => {
      const db = openDb(join(dir, `start-${Math.random()}.sqlite`));
      try {
        return (await crawl(db, url, { cacheDir: join(dir, "cache"), fetch: FAST, maxItems: 1000 })).discovered;
      } finally {
        db.close();
      }
    };
    expect(await discovered(`${site.endpoint}?page=meeting_frames`)).toBe(5);
    expect(await discovered(`${site.endpoint}?page=meetings&id=02100`)).toBe(5);
    expect(await discovered(`${site.endpoint}?page=rss/meetings&show=1000`)).toBe(5);
    expect(await discovered(`${site.endpoint}?page=meeting&id=2025281`)).toBe(4);
    const db = openDb(join(dir, "refuse.sqlite"));
    const before = site.requests.length;
    await expect(crawl(db, `${site.endpoint}?page=meetings&id=0999`, { fetch: FAST })).rejects.toThrow(/robots\.txt .* does not allow/);
    expect(site.requests.slice(before).filter((r) => r !== "/robots.txt")).toEqual([]);
    await expect(crawl(db, `${site.endpoint}?page=rss/official_decisions`, { fetch: FAST })).rejects.toBeInstanceOf(CrawlError);
    await expect(crawl(db, `${site.base}/some/other/page.html`, { fetch: FAST })).rejects.toThrow(/not an address crawl knows/);
    await expect(crawl(db, "kokous", { fetch: FAST })).rejects.toBeInstanceOf(CrawlError);
    db.close();
  }, 120_000);
});

describe("Tweb double (tuning site)", () => {
  let site: TwebSiteDouble;
  beforeAll(async () => {
    site = await startTwebDouble(tuningTweb);
  });
  afterAll(() => site.close());

  it("meetings from the search form, items and attachments, UTF-16LE documents, wrong page refused, minutes on rerun", async () => {
    const db = openDb(join(dir, "tweb.sqlite"));
    const start = `${site.scr}/pk_kokl_tweb.htm`;
    const opts = { body: "Aluehallitus", since: "2025-01-01", until: "2025-12-31", cacheDir: join(dir, "tcache"), fetch: FAST };
    const s = await crawl(db, start, opts);
    expect(s.failures).toEqual([]);
    expect(s).toMatchObject({ site: "Tweb", discovered: 4, itemsFetched: 4, attachmentsFetched: 4 });
    expect(site.requests.filter((r) => r.includes("docid=5002") && r.includes("doctype=3"))).toHaveLength(2);
    expect(titles(db)).toEqual({ "5001": "Strategian toteutumisen seuranta", "5002": "Keittiön uudistus Lahdessa", "5003": "Talouden katsaus", "5010": "Palveluverkon muutokset" });
    expect(db.prepare("SELECT count(*) AS n FROM document_sources WHERE source LIKE '%docid=5003'").get()).toEqual({ n: 1 });
    const named = db.prepare("SELECT note FROM crawl_state WHERE url LIKE '%docid=9001'").get();
    expect(named).toEqual({ note: "file name Seurantaraportti 2025.pdf" });
    site.republish("3002");
    const again = await crawl(db, start, opts);
    expect(again.failures).toEqual([]);
    expect(again).toMatchObject({ itemsFetched: 1, itemsUpdated: 1, attachmentsFetched: 1 });
    const kind = db.prepare("SELECT a.document_kind FROM agenda_items a JOIN document_sources s ON s.document_id = a.document_id WHERE s.source LIKE '%docid=5010'").get();
    expect(kind).toEqual({ document_kind: "Pöytäkirja" });
    db.close();
  }, 120_000);

  it("takes the feed and an agenda as start points, --match with ä/ö, and obeys a robots.txt that forbids crawling", async () => {
    const db = openDb(join(dir, "tweb2.sqlite"));
    expect((await crawl(db, `${site.scr}/pk_rssfeed.htm?toimielin=1`, { cacheDir: join(dir, "tcache"), fetch: FAST, match: /keittiön/iu })).discovered).toBe(1);
    expect((await crawl(db, `${site.scr}/pk_asil_tweb.htm?+bid=3001`, { cacheDir: join(dir, "tcache"), fetch: FAST })).discovered).toBe(3);
    const closed = await startTwebDouble({ ...tuningTweb, robots: "User-agent: *\nDisallow: /\n" });
    try {
      await expect(crawl(db, `${closed.scr}/pk_kokl_tweb.htm`, { fetch: FAST })).rejects.toThrow(/robots\.txt .* does not allow/);
      expect(closed.requests).toEqual(["/robots.txt"]);
    } finally {
      await closed.close();
    }
    db.close();
  }, 120_000);
});
