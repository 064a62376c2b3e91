// Uses gl's generic async fn with a 256-byte argument.
pub async fn serve() -> u8 {
    let v = gl::read_msg([3u8; 256]).await;
    v[1]
}
