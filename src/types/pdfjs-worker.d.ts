/** pdf.js's worker module ships without types; what src/read/pdfjs-runtime.ts uses of it. */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: {
    /** Sets up the worker side of pdf.js on a message port (as in a real worker). */
    initializeFromPort(port: unknown): void;
  };
}
