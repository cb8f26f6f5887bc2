declare module "hyphen/fi/index.js" {
  const fi: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default fi;
}
