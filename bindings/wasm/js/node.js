// Node: the WebAssembly module read from the package's folder.
import { readFileSync } from "node:fs";
import { initSync } from "./pkg/igf_model_wasm.js";

initSync({ module: readFileSync(new URL("./pkg/igf_model_wasm_bg.wasm", import.meta.url)) });

export * from "./index.js";
