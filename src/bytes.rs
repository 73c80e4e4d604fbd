//! Byte tricks for the hot loops over words: eight bytes at a time, and
//! short words as integers. Needs nothing of the crate (`build.rs` includes
//! it with `gazetteer/fold.rs`).

/// The end of the run of ASCII letters and digits of `b` from `from`: the
/// first byte at or after it that is none (or `b.len()`). Eight bytes at a
/// time, the way words of text are cut.
pub(crate) fn ascii_alnum_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut x = [0u8; 8];
        x.copy_from_slice(chunk);
        let other = !ascii_alnum_bytes(u64::from_le_bytes(x)) & 0x8080_8080_8080_8080;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

/// The high bit of each byte of `x` that is an ASCII letter or digit.
fn ascii_alnum_bytes(x: u64) -> u64 {
    const fn each(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    // Seven bits per byte: the sums below carry into no other byte; the
    // high bit of `y + each(0x80 - c)` is set where `y >= c`.
    let y = x & each(0x7f);
    let l = y | each(0x20);
    let letter = (l + each(0x80 - b'a')) & !(l + each(0x80 - b'z' - 1));
    let digit = (y + each(0x80 - b'0')) & !(y + each(0x80 - b'9' - 1));
    (letter | digit) & !x & each(0x80)
}

/// The bytes of `b` as a little-endian integer, zero after them; `None`
/// when there are more than 16. Two overlapping loads instead of a copy.
pub(crate) fn load_le(b: &[u8]) -> Option<u128> {
    let n = b.len();
    let tail = |k: usize| b.get(n.saturating_sub(k)..).unwrap_or_default();
    Some(match n {
        0..=3 => b
            .iter()
            .enumerate()
            .fold(0, |x, (k, &c)| x | u128::from(c) << (8 * k)),
        4..=7 => u128::from(le4(b) | le4(tail(4)) << (8 * (n - 4))),
        8..=16 => u128::from(le8(b)) | u128::from(le8(tail(8))) << (8 * (n - 8)),
        _ => return None,
    })
}

/// The first four bytes of `b` (zero if it is shorter).
fn le4(b: &[u8]) -> u64 {
    let mut x = [0u8; 4];
    if let Some(s) = b.get(..4) {
        x.copy_from_slice(s);
    }
    u64::from(u32::from_le_bytes(x))
}

/// The first eight bytes of `b` (zero if it is shorter).
fn le8(b: &[u8]) -> u64 {
    let mut x = [0u8; 8];
    if let Some(s) = b.get(..8) {
        x.copy_from_slice(s);
    }
    u64::from_le_bytes(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run of ASCII letters and digits ends where a byte by byte
    /// test ends it, whatever byte ends it and wherever.
    #[test]
    fn alnum_runs_end_at_the_first_other_byte() {
        for c in 0..=255u8 {
            for k in 0..12 {
                let mut row = *b"abcdefghijkl";
                row[k] = c;
                let want = if c.is_ascii_alphanumeric() { 12 } else { k };
                assert_eq!(ascii_alnum_end(&row, 0), want, "{c} at {k}");
                assert_eq!(ascii_alnum_end(&row, k.min(3)), want.max(k.min(3)), "{c}");
            }
        }
    }

    /// Every length up to 16 loads as the bytes copied into a zeroed
    /// buffer would; longer slices do not load.
    #[test]
    fn loads_match_a_copy() {
        let text: Vec<u8> = (1..=20u8).map(|c| c.wrapping_mul(37) | 0x80).collect();
        for n in 0..=20 {
            let b = &text[..n];
            let want = (n <= 16).then(|| {
                let mut buf = [0u8; 16];
                buf[..n].copy_from_slice(b);
                u128::from_le_bytes(buf)
            });
            assert_eq!(load_le(b), want, "{n}");
        }
    }
}
