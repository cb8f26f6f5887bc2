/**
 * A local Dynasty-like site for the crawler tests, on 127.0.0.1 with an ephemeral port:
 * /cgi/DREQUEST.PHP?page=rss/meetingitems|meeting|meetingitem and /kokous/*.PDF from
 * fixtures/dynasty/ and the fixture PDFs, plus fault modes: 500 then OK, a slow first answer,
 * a truncated PDF, a redirect loop, a wrong content type. Counts every request.
 */
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";

export interface DynastySite {
  base: string;
  endpoint: string;
  requests: Map<string, number>;
  close(): Promise<void>;
}

const PDFS: Record<string, string> = {
  "/kokous/2025281-1-1.PDF": "fixtures/pdf/kh-okr-public.pdf",
  "/kokous/2025331-4-1.PDF": "fixtures/pdf/lu-eval-public.pdf",
  "/kokous/flaky-500.PDF": "fixtures/variants/v2-portrait-serif8-plain.pdf",
  "/kokous/slow.PDF": "fixtures/variants/v4-portrait-sans10-wide.pdf",
};

export async function startDynastySite(opts: { slowMs?: number; delays?: Record<string, number> } = {}): Promise<DynastySite> {
  const requests = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const key = url.pathname + url.search;
    const n = (requests.get(key) ?? 0) + 1;
    requests.set(key, n);
    const delay = Object.entries(opts.delays ?? {}).find(([k]) => key.includes(k))?.[1] ?? 0;
    const send = (status: number, type: string, body: Buffer | string) => {
      setTimeout(() => {
        res.writeHead(status, { "content-type": type });
        res.end(body);
      }, delay);
    };
    if (/\/cgi\/drequest\.php$/i.test(url.pathname)) {
      const page = url.searchParams.get("page");
      const id = url.searchParams.get("id");
      if (page?.startsWith("rss/meetingitems")) return send(200, "application/rss+xml; charset=ISO-8859-1", readFileSync("fixtures/dynasty/rss-meetingitems.xml"));
      if (page === "meeting" && id) {
        try {
          return send(200, "text/html", readFileSync(`fixtures/dynasty/meeting-${id}.html`));
        } catch {
          return send(404, "text/html", "not found");
        }
      }
      if (page === "meetingitem" && id) {
        try {
          const html = readFileSync(`fixtures/dynasty/item-${id}.html`);
          // Item 2025281-1 declares its charset only in a meta tag.
          return send(200, id === "2025281-1" ? "text/html" : "text/html; charset=ISO-8859-1", html);
        } catch {
          return send(404, "text/html", "not found");
        }
      }
      return send(404, "text/html", "unknown page");
    }
    const pdf = PDFS[url.pathname];
    if (url.pathname === "/kokous/flaky-500.PDF" && n === 1) return send(500, "text/plain", "Internal Server Error");
    if (url.pathname === "/kokous/slow.PDF" && n === 1) {
      setTimeout(() => send(200, "application/pdf", readFileSync(pdf!)), opts.slowMs ?? 3000);
      return;
    }
    if (pdf) return send(200, "application/pdf", readFileSync(pdf));
    if (url.pathname === "/kokous/truncated.PDF") return send(200, "application/pdf", readFileSync("fixtures/pdf/kh-okr-public.pdf").subarray(0, 30_000));
    if (url.pathname === "/kokous/loop.PDF") {
      res.writeHead(302, { location: "/kokous/loop2.PDF" });
      return res.end();
    }
    if (url.pathname === "/kokous/loop2.PDF") {
      res.writeHead(302, { location: "/kokous/loop.PDF" });
      return res.end();
    }
    if (url.pathname === "/kokous/wrongtype.PDF") return send(200, "text/html; charset=utf-8", "<html><body>Istunto on vanhentunut.</body></html>");
    send(404, "text/plain", "not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    endpoint: `${base}/cgi/DREQUEST.PHP`,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
