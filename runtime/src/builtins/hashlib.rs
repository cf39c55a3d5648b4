//! The native `_hashlib` module: one-shot digests (`digest(name, data)`) for
//! runtime/lib/hashlib.py, on the RustCrypto md-5, sha1 and sha2 crates.

use super::*;
use sha2::Digest;

pub(crate) fn install() {
    let (_, d) = new_module("_hashlib");
    add_fn(d, "digest", digest);
}

fn hash<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

/// digest(name, data) -> bytes: the digest of `data` with algorithm `name`.
fn digest(vm: &mut Vm, _: Value, a: &Args) -> R {
    check_pos(vm, a, "digest", 2, 2)?;
    let name = a.pos[0];
    if !is_str(name) {
        return Err(vm.type_error("digest() argument 1 must be str".into()));
    }
    let data = super::bytes::bytes_arg(vm, a.pos[1])?;
    let data: &[u8] = &data;
    let out = match ops::str_of(name) {
        "md5" => hash::<md5::Md5>(data),
        "sha1" => hash::<sha1::Sha1>(data),
        "sha224" => hash::<sha2::Sha224>(data),
        "sha256" => hash::<sha2::Sha256>(data),
        "sha384" => hash::<sha2::Sha384>(data),
        "sha512" => hash::<sha2::Sha512>(data),
        other => {
            return Err(vm.value_error(format!("unsupported hash type {other}")));
        }
    };
    Ok(ops::new_bytes(out))
}
