// A binary linking tests/data/hosts/h.rs as a library: the library's functions are in its rlib
// and again in the binary, as in a capture of a workspace (one nm table each).
fn main() { std::process::exit(hosts::run() as i32); }
