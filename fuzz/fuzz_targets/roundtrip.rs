//! Loads arbitrary bytes; whatever loads must validate without panicking,
//! serialise, load back equal (`==`) to the first load, and serialise
//! again to identical bytes.
#![no_main]

use igf_model::load::from_slice;
use igf_model::serde_json;
use igf_model::validate::validate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(first) = from_slice(data) else {
        return;
    };
    let _ = validate(&first);
    let bytes = serde_json::to_vec(&first).expect("a loaded dataset must serialise");
    let second = match from_slice(&bytes) {
        Ok(second) => second,
        Err(err) => panic!(
            "the serialised dataset does not load again: {err}\n{}",
            String::from_utf8_lossy(&bytes)
        ),
    };
    assert_eq!(
        first, second,
        "the dataset changed through serialise + load"
    );
    let again = serde_json::to_vec(&second).expect("a loaded dataset must serialise");
    assert_eq!(
        String::from_utf8_lossy(&bytes),
        String::from_utf8_lossy(&again),
        "serialising twice gave different bytes"
    );
});
