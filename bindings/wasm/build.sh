#!/usr/bin/env bash
# Builds the npm package of bindings/wasm/js: the WebAssembly module
# (profile `wasm`: opt-level "z", LTO), its JavaScript glue (wasm-bindgen,
# --target web, which Node loads too), wasm-opt -Oz (npm's binaryen), the
# TypeScript types generated from the JSON Schema; then checks the size
# budget of the module, gzipped.
#
#   bindings/wasm/build.sh        (after `npm ci` in bindings/wasm/js)
#
# WASM_BINDGEN names the wasm-bindgen command (default: wasm-bindgen on PATH);
# its version must be that of the wasm-bindgen crate in Cargo.lock.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
bindgen=${WASM_BINDGEN:-wasm-bindgen}
# The budget: 0.7 MB gzipped. The module holds the reference data (about
# 0.1 MB of it, gzipped); the crate reads every document one way (from
# text), so the error path adds no second copy of the types' readers.
budget=${IGF_WASM_BUDGET_BYTES:-700000}

cargo build --quiet -p igf-model-wasm --target wasm32-unknown-unknown --profile wasm
rm -rf js/pkg
"$bindgen" --target web --no-typescript --out-dir js/pkg "$target/wasm32-unknown-unknown/wasm/igf_model_wasm.wasm"
raw=$(wc -c < js/pkg/igf_model_wasm_bg.wasm)
# The features rustc enables by default for wasm32-unknown-unknown.
js/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  js/pkg/igf_model_wasm_bg.wasm -o js/pkg/igf_model_wasm_bg.wasm
(cd js && node build-types.mjs "$root/schemas")

size=$(wc -c < js/pkg/igf_model_wasm_bg.wasm)
gzipped=$(gzip -9 -c js/pkg/igf_model_wasm_bg.wasm | wc -c)
echo "WebAssembly module: $raw bytes from cargo, $size after wasm-opt, $gzipped gzipped (budget $budget)"
if [ "$gzipped" -gt "$budget" ]; then
  echo "the WebAssembly module is over its budget: $gzipped > $budget bytes gzipped" >&2
  exit 1
fi
