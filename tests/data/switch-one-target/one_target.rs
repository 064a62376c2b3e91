pub enum E { A(String, String) }
pub async fn f(e: E, b: bool) {
    async {}.await;
    if b { let E::A(_s, _) = e; }
}
