#![feature(gen_blocks)]
// A gen block that keeps a buffer across its yields (a fresh-eyes trial's finding read "kept
// in the future across the await at  (Suspend1)").
pub fn held() -> impl Iterator<Item = u8> {
    gen {
        let buf = [3u8; 100];
        yield buf[1];
        yield buf[2];
    }
}
