/**
 * The production worker entry: serves extraction requests, nothing else. (The fault matrix uses
 * worker-faults.ts, a test-only entry that production never loads.)
 */
import { serve } from "./worker-core.js";
import { setupProcess } from "./setup.js";

export type { WorkerRequest, WorkerResponse } from "./worker-core.js";

setupProcess();
serve();
