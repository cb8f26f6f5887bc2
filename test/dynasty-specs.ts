/** The Dynasty double's content used while building the crawler (the tuning site). */
import type { DynastyItem, DynastySpec } from "./dynasty-site.js";
import { itemParagraphs } from "./site-kit.js";

const paragraphs = itemParagraphs("Valmistelija\nhallintojohtaja Maija Mallikas, puh. 040 123 4567", "Selostus", "Hyvinvointialuejohtajan päätösesitys\nAluehallitus merkitsee asian tiedoksi.");
const item = (id: string, title: string, selostus: string, extra: Partial<DynastyItem> = {}): DynastyItem => ({ id, title, paragraphs: paragraphs(selostus), attachments: [], ...extra });

export const tuningSite: DynastySpec = {
  markup: "table",
  cgi: "/cgi",
  robots: "User-agent: *\nDisallow: /cgi/DREQUEST.PHP?page=search\nDisallow: /cgi/DREQUEST.PHP?page=meetings&id=09\nCrawl-delay: 0.05\n\nUser-agent: BadBot\nDisallow: /\n",
  wrongPageItem: "2025281-3",
  tooManyOnce: "/kokous/2025310-1-374250.PDF",
  meetings: [
    {
      id: "2025281",
      bodyId: "02100",
      body: "Aluehallitus",
      date: "8.9.2025",
      items: [
        item("2025281-1", "Strategiaa toteuttavien tavoitteiden raportointi", "Raportti strategisten tavoitteiden etenemisestä on liitteenä.", {
          attachments: [{ docId: "374197", label: "Liite 1 Tavoitteiden raportti", lines: ["Tavoitteiden raportti", "Avaintulokset 2025"] }],
          supplementary: [{ docId: "374200", label: "Esitysaineisto", lines: ["Esitysaineisto aluehallitukselle"] }],
        }),
        item("2025281-2", "Keittiön saneeraus – hankintapäätös", "Keittiön saneeraukseen saatiin kolme tarjousta.", {
          attachments: [
            { docId: "374210", label: "Liite 1 Tarjousvertailu", lines: ["Tarjousvertailu", "Keittiön saneeraus"] },
            { docId: "374211", label: "Liite 2 Tarjousvertailu (sama)", lines: ["Tarjousvertailu", "Keittiön saneeraus"] },
          ],
        }),
        item("2025281-3", "Talousarvion toteutuma elokuu 2025", "Toteutuma on liitteenä."),
        item("2025281-4", "Ilmoitusasiat", "Viranhaltijapäätökset ja ilmoitusasiat käsitellään yhdessä.", { wrongCharset: true }),
      ],
    },
    {
      id: "2025310",
      bodyId: "02100",
      body: "Aluehallitus",
      date: "6.10.2025",
      items: [
        item("2025310-1", "Hyvinvointialueen palvelustrategia", "Palvelustrategian luonnos on liitteenä.", {
          attachments: [{ docId: "374250", label: "Liite 1 Palvelustrategian luonnos", lines: ["Palvelustrategian luonnos"] }],
          minutes: {
            paragraphs: ["Päätös\nAluehallitus hyväksyi palvelustrategian muutettuna."],
            attachment: { docId: "374301", label: "Liite 2 Muutettu palvelustrategia", lines: ["Muutettu palvelustrategia"] },
          },
        }),
      ],
    },
  ],
};
