// Browsers and bundlers: the WebAssembly module fetched beside this file.
import init from "./pkg/igf_model_wasm.js";

await init({ module_or_path: new URL("./pkg/igf_model_wasm_bg.wasm", import.meta.url) });

export * from "./index.js";
