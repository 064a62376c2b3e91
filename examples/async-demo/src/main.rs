use async_demo::rt::block_on;

fn main() {
    let total = block_on(async_demo::start_request())
        + block_on(async_demo::start_heartbeat())
        + block_on(async_demo::start_answer());
    let sent = block_on(async_demo::start_send_u32()) + block_on(async_demo::start_send_string());
    println!("total {total}, sent {sent} bytes");
}
