use std::fmt::Debug;
pub async fn leaf() -> u8 { 1 }
/// `t: &T` with `T: ?Sized`: a fat pointer for `show::<str>` (40 bytes), thin for `show::<u8>` (24).
pub async fn show<T: ?Sized + Debug>(t: &T) -> usize { leaf().await; format!("{:?}", t).len() }
pub trait Dflt {
    /// A default method: `self: &Self`, and `Self` may be `str` (88 bytes there).
    async fn go(&self) -> u8 { let b = [0u8; 70]; leaf().await + b[3] }
}
impl Dflt for str {}
pub async fn use_both(s: &str) -> usize { show(s).await + show(&1u8).await + s.go().await as usize }
