/** The tuning site doubles and what the acceptance script expects of them. */
export { tuningSite as dynasty } from "./dynasty-specs.js";
export { tuningTweb as tweb } from "./tweb-specs.js";
export const expect = { dynastyMatch: "keittiön", twebMatch: "keittiön", twebBody: "Aluehallitus", dynastyRepublish: "2025310-1", twebRepublish: "3002", robotsDisallowedStart: "page=meetings&id=0999" };
