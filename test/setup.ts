/** Every test file runs in the process set-up the CLI and the workers make (pipeline/setup.ts). */
import { setupProcess } from "../src/pipeline/setup.js";

setupProcess();
