//! The sockets of `serve`: one thread runs an event loop (mio) that accepts connections, reads
//! each request head under size and time limits, writes the reply, closes the connection, and
//! keeps the live-reload streams. It holds a bounded number of connections and streams and never
//! blocks on a client, so idle, slow or hostile clients cannot starve the others or make it
//! spawn threads. It never decides what a request means: `request.rs` parses it and `http.rs`
//! answers it.

use std::collections::HashMap;
use std::io::{self, IoSlice, Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use mio::net::{TcpListener, TcpStream};
use mio::{Events, Interest, Poll, Token, Waker};

use super::ServeError;
use super::http::{self, Answer, Event, Reply, Served};
use super::request::{self, Method, Rejection, Request};

/// The limits of the dev server's sockets.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// Connections open at once, live-reload streams not counted. At the limit, one is closed
    /// to make room for a new one: preferably one already answered, else the one that has waited
    /// longest for its request.
    pub max_connections: usize,
    /// Live-reload streams open at once; more are answered with 503.
    pub max_streams: usize,
    /// Time from connecting to the end of the request head. Idle connections are closed after
    /// it, and clients that send their request slowly (slowloris) get 408.
    pub request_timeout: Duration,
    /// Time a client has to take a reply, or a live-reload event, once it is sent.
    pub write_timeout: Duration,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            max_connections: 256,
            max_streams: 32,
            request_timeout: Duration::from_secs(10),
            write_timeout: Duration::from_secs(10),
        }
    }
}

const LISTENER: Token = Token(0);
const WAKER: Token = Token(1);
/// The most connections accepted before the loop turns to the others.
const ACCEPT_BATCH: usize = 256;
/// How often timeouts are checked.
const TICK: Duration = Duration::from_millis(50);
/// How long input is still read (and dropped) after a reply, before the connection is closed.
const LINGER: Duration = Duration::from_secs(2);
/// The most input dropped that way, or sent up a live-reload stream, before closing it.
const MAX_DISCARD: usize = 64 * 1024;
/// How often a quiet live-reload stream gets a comment, so that a vanished client is noticed.
const KEEP_ALIVE_EVERY: Duration = Duration::from_secs(15);
/// A live-reload stream with this much unsent text is dropped rather than given more.
const MAX_BACKLOG: usize = 4 * 1024 * 1024;

/// A bound socket that does not answer yet, so that the first build can finish first.
pub struct Listener {
    pub addr: SocketAddr,
    socket: TcpListener,
    poll: Poll,
    live: Live,
    events: Receiver<Event>,
}

/// How the rest of `serve` reaches the event loop: events for the live-reload streams, and a
/// nudge to look at its stop flag.
#[derive(Clone)]
pub struct Live {
    events: Sender<Event>,
    waker: Arc<Waker>,
}

impl Live {
    /// Sends `event` to every open live-reload stream.
    pub fn broadcast(&self, event: Event) {
        if self.events.send(event).is_ok() {
            self.wake();
        }
    }

    /// Makes the event loop check its stop flag now.
    pub fn wake(&self) {
        let _ = self.waker.wake();
    }
}

/// Binds the first free port from `port` on.
pub fn bind(ip: IpAddr, port: u16, log: &dyn Fn(&str)) -> Result<Listener, ServeError> {
    let mut last = String::new();
    for candidate in port..port.saturating_add(20) {
        match listen_on(SocketAddr::new(ip, candidate)) {
            Ok(socket) => {
                let listener =
                    listen(socket).map_err(|e| ServeError(format!("cannot serve: {e}")))?;
                if candidate != port {
                    log(&format!(
                        "port {port} is in use; using port {} instead",
                        listener.addr.port()
                    ));
                }
                return Ok(listener);
            }
            Err(e) => last = e.to_string(),
        }
    }
    Err(ServeError(format!(
        "no free port from {port} to {}: {last}",
        port.saturating_add(19)
    )))
}

/// How many connections the kernel may hold until they are accepted. The standard library's 128
/// is fewer than 200 clients connecting at once while the event loop waits for the CPU; each
/// connection it drops costs its client a second before trying again.
const BACKLOG: i32 = 1024;

/// Binds `addr` as the standard library would (reusing the address on Unix), but with a
/// longer backlog.
fn listen_on(addr: SocketAddr) -> io::Result<std::net::TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    #[cfg(not(windows))]
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(BACKLOG)?;
    Ok(socket.into())
}

fn listen(socket: std::net::TcpListener) -> io::Result<Listener> {
    socket.set_nonblocking(true)?;
    let addr = socket.local_addr()?;
    let mut socket = TcpListener::from_std(socket);
    let poll = Poll::new()?;
    poll.registry()
        .register(&mut socket, LISTENER, Interest::READABLE)?;
    let waker = Arc::new(Waker::new(poll.registry(), WAKER)?);
    let (tx, events) = mpsc::channel();
    Ok(Listener {
        addr,
        socket,
        poll,
        live: Live { events: tx, waker },
        events,
    })
}

impl Listener {
    pub fn live(&self) -> Live {
        self.live.clone()
    }

    /// Answers requests from `served` on a thread of its own until `stop` is set (and
    /// [`Live::wake`] called).
    pub fn spawn(
        self,
        served: Arc<RwLock<Arc<Served>>>,
        options: HttpOptions,
        stop: Arc<AtomicBool>,
        log: Arc<dyn Fn(&str) + Send + Sync>,
    ) -> Result<(), ServeError> {
        let event_loop = EventLoop {
            poll: self.poll,
            listener: self.socket,
            events: self.events,
            connections: HashMap::new(),
            next_token: 2,
            requests: 0,
            streams: 0,
            accept_pending: false,
            served,
            options,
        };
        std::thread::Builder::new()
            .name("serve-http".into())
            .spawn(move || event_loop.run(&stop, &*log))
            .map(drop)
            .map_err(|e| ServeError(format!("cannot start the server thread: {e}")))
    }
}

/// Bytes on their way to a client: a head, then a shared body.
#[derive(Debug, Default)]
struct Outgoing {
    head: Vec<u8>,
    body: Arc<[u8]>,
    sent: usize,
}

impl Outgoing {
    fn unsent(&self) -> usize {
        self.head.len() + self.body.len() - self.sent
    }

    /// Appends text after what is still unsent (live-reload streams, which have no body).
    fn push(&mut self, text: &str) {
        let sent = self.sent.min(self.head.len());
        self.head.drain(..sent);
        self.sent -= sent;
        self.head.extend_from_slice(text.as_bytes());
    }

    /// Writes as much as the socket takes; `Ok(true)` once everything is written.
    fn write_to(&mut self, socket: &mut TcpStream) -> io::Result<bool> {
        while self.unsent() > 0 {
            let (head, body) = match self.sent.checked_sub(self.head.len()) {
                None => (&self.head[self.sent..], &self.body[..]),
                Some(into_body) => (&[][..], &self.body[into_body..]),
            };
            match socket.write_vectored(&[IoSlice::new(head), IoSlice::new(body)]) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => self.sent += n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(false),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(true)
    }
}

/// Where a connection is in its short life.
enum Phase {
    /// Reading the request head; `scanned` bytes of it were searched for its end already.
    Reading { head: Vec<u8>, scanned: usize },
    /// Writing the reply; then the connection is closed.
    Writing { out: Outgoing, drain: bool },
    /// The reply is written and our side shut down; what the client still sends is read and
    /// dropped, so that closing does not reset the connection before it has read the reply.
    Lingering { discarded: usize },
    /// A live-reload stream: events are written as they happen.
    Streaming {
        out: Outgoing,
        last_write: Instant,
        /// Since when unsent text has been waiting for the client.
        stalled_since: Option<Instant>,
        discarded: usize,
    },
}

struct Connection {
    socket: TcpStream,
    /// When the current phase must be over (reading, writing and lingering).
    deadline: Instant,
    phase: Phase,
    /// Registered for writability too: only once a write could not finish, since most
    /// replies fit the socket's buffer at once.
    writable: bool,
}

/// How a reply is sent, and its connection closed.
#[derive(Debug, Clone, Copy)]
struct Delivery {
    /// Send the body (not for HEAD).
    body: bool,
    /// Read what the client still sends before closing, as it may be sending a body or more
    /// requests, rather than closing as soon as nothing more has arrived.
    drain: bool,
}

impl Delivery {
    /// For a request that could not be parsed, or not in time: anything may follow it.
    const REFUSAL: Delivery = Delivery {
        body: true,
        drain: true,
    };
}

/// What a connection needs after making what progress its socket allowed.
enum Next {
    /// Nothing until the socket is ready again.
    Wait,
    Close,
    /// The request head is complete.
    Request(Result<Request, Rejection>),
    /// The socket takes no more output for now.
    Blocked,
    /// The reply is written.
    Sent,
}

impl Connection {
    fn progress(&mut self) -> Next {
        let socket = &mut self.socket;
        match &mut self.phase {
            Phase::Reading { head, scanned } => read_head(socket, head, scanned),
            Phase::Writing { out, .. } => match out.write_to(socket) {
                Ok(true) => Next::Sent,
                Ok(false) => Next::Blocked,
                Err(_) => Next::Close,
            },
            Phase::Lingering { discarded } => discard(socket, discarded),
            Phase::Streaming {
                out,
                stalled_since,
                discarded,
                ..
            } => {
                if let Next::Close = discard(socket, discarded) {
                    return Next::Close;
                }
                match out.write_to(socket) {
                    Ok(true) => {
                        *stalled_since = None;
                        Next::Wait
                    }
                    Ok(false) => {
                        *stalled_since = stalled_since.or(Some(Instant::now()));
                        Next::Blocked
                    }
                    Err(_) => Next::Close,
                }
            }
        }
    }
}

/// Reads what has arrived of a request head.
fn read_head(socket: &mut TcpStream, head: &mut Vec<u8>, scanned: &mut usize) -> Next {
    loop {
        let len = head.len();
        head.resize(len + 4096, 0);
        let read = socket.read(&mut head[len..]);
        head.truncate(len + *read.as_ref().unwrap_or(&0));
        match read {
            Ok(0) => return Next::Close,
            Ok(_) => match request::end_of_head(head, *scanned) {
                Err(rejection) => return Next::Request(Err(rejection)),
                Ok(Some(end)) => return Next::Request(request::parse(&head[..end])),
                Ok(None) => *scanned = head.len(),
            },
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Next::Wait,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return Next::Close,
        }
    }
}

/// Reads and drops input: `Close` at its end, on an error, or when there was too much.
fn discard(socket: &mut TcpStream, discarded: &mut usize) -> Next {
    let mut buf = [0u8; 4096];
    loop {
        match socket.read(&mut buf) {
            Ok(0) => return Next::Close,
            Ok(n) => {
                *discarded += n;
                if *discarded > MAX_DISCARD {
                    return Next::Close;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Next::Wait,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return Next::Close,
        }
    }
}

/// What a tick found due on a connection.
enum Due {
    Close,
    Timeout,
    KeepAlive,
}

struct EventLoop {
    poll: Poll,
    listener: TcpListener,
    events: Receiver<Event>,
    connections: HashMap<Token, Connection>,
    next_token: usize,
    /// Open connections that are not live-reload streams.
    requests: usize,
    streams: usize,
    /// Connections may still be waiting (accepting failed, out of file descriptors say, or
    /// stopped after a batch): try again on the next tick, since the listener does not signal
    /// the connections already waiting again.
    accept_pending: bool,
    served: Arc<RwLock<Arc<Served>>>,
    options: HttpOptions,
}

impl EventLoop {
    fn run(mut self, stop: &AtomicBool, log: &dyn Fn(&str)) {
        let mut events = Events::with_capacity(256);
        let mut next_tick = Instant::now() + TICK;
        while !stop.load(Ordering::SeqCst) {
            let timeout = next_tick.saturating_duration_since(Instant::now());
            if let Err(e) = self.poll.poll(&mut events, Some(timeout)) {
                if e.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                log(&format!("the server stopped answering: {e}"));
                return;
            }
            for event in events.iter() {
                match event.token() {
                    LISTENER => self.accept(),
                    WAKER => self.broadcast(),
                    token => self.advance(token),
                }
            }
            if Instant::now() >= next_tick {
                self.tick();
                next_tick = Instant::now() + TICK;
            }
        }
    }

    /// Accepts waiting connections, a batch at a time so that a flood of them does not keep
    /// the loop from the connections it has.
    fn accept(&mut self) {
        for _ in 0..ACCEPT_BATCH {
            match self.listener.accept() {
                Ok((socket, _)) => self.admit(socket),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    self.accept_pending = false;
                    return;
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::Interrupted | io::ErrorKind::ConnectionAborted
                    ) => {}
                Err(_) => break,
            }
        }
        self.accept_pending = true;
    }

    fn admit(&mut self, mut socket: TcpStream) {
        if self.requests >= self.options.max_connections && !self.evict() {
            return;
        }
        let token = Token(self.next_token);
        self.next_token += 1;
        let registry = self.poll.registry();
        if registry
            .register(&mut socket, token, Interest::READABLE)
            .is_err()
        {
            return;
        }
        let connection = Connection {
            socket,
            deadline: Instant::now() + self.options.request_timeout,
            phase: Phase::Reading {
                head: Vec::new(),
                scanned: 0,
            },
            writable: false,
        };
        self.connections.insert(token, connection);
        self.requests += 1;
    }

    /// Closes a connection to make room for a new one: one whose reply is already written,
    /// else the one that has waited longest for its request head, else the one whose client
    /// has been slowest to take its reply. Live-reload streams have a limit of their own.
    fn evict(&mut self) -> bool {
        let victim = self
            .connections
            .iter()
            .filter_map(|(token, c)| {
                let rank = match c.phase {
                    Phase::Lingering { .. } => 0,
                    Phase::Reading { .. } => 1,
                    Phase::Writing { .. } => 2,
                    Phase::Streaming { .. } => return None,
                };
                Some(((rank, c.deadline), *token))
            })
            .min()
            .map(|(_, token)| token);
        victim.map(|token| self.close(token)).is_some()
    }

    fn close(&mut self, token: Token) {
        if let Some(mut connection) = self.connections.remove(&token) {
            let _ = self.poll.registry().deregister(&mut connection.socket);
            match connection.phase {
                Phase::Streaming { .. } => self.streams -= 1,
                _ => self.requests -= 1,
            }
        }
    }

    /// Makes what progress the connection's socket allows, and acts on the outcome.
    fn advance(&mut self, token: Token) {
        let Some(connection) = self.connections.get_mut(&token) else {
            return;
        };
        match connection.progress() {
            Next::Wait => {}
            Next::Close => self.close(token),
            Next::Request(Ok(request)) => self.answer(token, &request),
            Next::Request(Err(rejection)) => {
                self.reply(token, Reply::rejection(rejection), Delivery::REFUSAL);
            }
            Next::Blocked if !connection.writable => {
                let interest = Interest::READABLE | Interest::WRITABLE;
                let registry = self.poll.registry();
                match registry.reregister(&mut connection.socket, token, interest) {
                    Ok(()) => connection.writable = true,
                    Err(_) => self.close(token),
                }
            }
            Next::Blocked => {}
            Next::Sent => self.finish(token),
        }
    }

    /// Closes a connection whose reply is written: at once if nothing more is coming, else
    /// after draining what the client still sends.
    fn finish(&mut self, token: Token) {
        let Some(connection) = self.connections.get_mut(&token) else {
            return;
        };
        if let Phase::Writing { drain: false, .. } = connection.phase {
            let mut discarded = 0;
            match discard(&mut connection.socket, &mut discarded) {
                Next::Wait if discarded == 0 => return self.close(token),
                Next::Close => return self.close(token),
                _ => {}
            }
        }
        self.linger(token);
    }

    fn answer(&mut self, token: Token, request: &Request) {
        let served = self
            .served
            .read()
            .map(|s| Arc::clone(&s))
            .unwrap_or_default();
        let delivery = Delivery {
            body: request.method != Method::Head,
            drain: request.has_body,
        };
        match http::answer(&served, request) {
            Answer::Reply(reply) => self.reply(token, reply, delivery),
            Answer::Stream if self.streams >= self.options.max_streams => {
                let reply = Reply::text(503, "too many live-reload streams");
                self.reply(token, reply, delivery);
            }
            Answer::Stream => {
                let mut out = Outgoing::default();
                out.push(http::STREAM_HEAD);
                if let Some(error) = &served.error {
                    out.push(&Event::Error(error.clone()).to_sse());
                }
                self.stream(token, out);
            }
        }
    }

    fn reply(&mut self, token: Token, reply: Reply, delivery: Delivery) {
        let Some(connection) = self.connections.get_mut(&token) else {
            return;
        };
        connection.deadline = Instant::now() + self.options.write_timeout;
        let out = Outgoing {
            head: reply.head(),
            body: if delivery.body {
                reply.body
            } else {
                Arc::from([])
            },
            sent: 0,
        };
        connection.phase = Phase::Writing {
            out,
            drain: delivery.drain,
        };
        self.advance(token);
    }

    fn linger(&mut self, token: Token) {
        let Some(connection) = self.connections.get_mut(&token) else {
            return;
        };
        let _ = connection.socket.shutdown(Shutdown::Write);
        connection.deadline = Instant::now() + LINGER;
        connection.phase = Phase::Lingering { discarded: 0 };
        self.advance(token);
    }

    fn stream(&mut self, token: Token, out: Outgoing) {
        let Some(connection) = self.connections.get_mut(&token) else {
            return;
        };
        // Events are small writes apart in time: none should wait for an acknowledgement.
        let _ = connection.socket.set_nodelay(true);
        connection.phase = Phase::Streaming {
            out,
            last_write: Instant::now(),
            stalled_since: None,
            discarded: 0,
        };
        self.requests -= 1;
        self.streams += 1;
        self.advance(token);
    }

    /// Appends `text` to a live-reload stream and sends what the socket takes.
    fn send(&mut self, token: Token, text: &str) {
        let Some(Connection {
            phase: Phase::Streaming {
                out, last_write, ..
            },
            ..
        }) = self.connections.get_mut(&token)
        else {
            return;
        };
        if out.unsent() > MAX_BACKLOG {
            self.close(token);
            return;
        }
        out.push(text);
        *last_write = Instant::now();
        self.advance(token);
    }

    /// Sends the events that have arrived to every live-reload stream.
    fn broadcast(&mut self) {
        while let Ok(event) = self.events.try_recv() {
            let text = event.to_sse();
            let streams: Vec<Token> = self
                .connections
                .iter()
                .filter(|(_, c)| matches!(c.phase, Phase::Streaming { .. }))
                .map(|(token, _)| *token)
                .collect();
            for token in streams {
                self.send(token, &text);
            }
        }
    }

    /// Acts on timeouts, keeps quiet streams alive, and accepts connections still waiting.
    fn tick(&mut self) {
        if self.accept_pending {
            self.accept();
        }
        let now = Instant::now();
        let write_timeout = self.options.write_timeout;
        let due: Vec<(Token, Due)> = self
            .connections
            .iter()
            .filter_map(|(token, c)| {
                let due = match &c.phase {
                    Phase::Reading { head, .. } if now >= c.deadline && head.is_empty() => {
                        Due::Close
                    }
                    Phase::Reading { .. } if now >= c.deadline => Due::Timeout,
                    Phase::Writing { .. } | Phase::Lingering { .. } if now >= c.deadline => {
                        Due::Close
                    }
                    Phase::Streaming {
                        stalled_since: Some(since),
                        ..
                    } if now.duration_since(*since) >= write_timeout => Due::Close,
                    Phase::Streaming { last_write, .. }
                        if now.duration_since(*last_write) >= KEEP_ALIVE_EVERY =>
                    {
                        Due::KeepAlive
                    }
                    _ => return None,
                };
                Some((*token, due))
            })
            .collect();
        for (token, due) in due {
            match due {
                Due::Close => self.close(token),
                Due::Timeout => {
                    let reply = Reply::text(408, "request timeout");
                    self.reply(token, reply, Delivery::REFUSAL);
                }
                Due::KeepAlive => self.send(token, http::KEEP_ALIVE),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Output;
    use std::net::TcpStream as Client;

    /// A server answering from a one-page site; stopped when dropped.
    struct TestServer {
        addr: SocketAddr,
        live: Live,
        stop: Arc<AtomicBool>,
    }

    impl Drop for TestServer {
        fn drop(&mut self) {
            self.stop.store(true, Ordering::SeqCst);
            self.live.wake();
        }
    }

    fn start(options: HttpOptions) -> TestServer {
        let listener = bind([127, 0, 0, 1].into(), 0, &|_| {}).expect("a free port");
        let page = "<html><head></head><body>hello</body></html>";
        // Larger than any socket buffer: writing it has to wait for the client.
        let big = Output::new("big.bin", vec![7u8; 8 << 20]);
        let served = Served::new(&[Output::text("index.html", page.into()), big], Vec::new());
        let (addr, live) = (listener.addr, listener.live());
        let stop = Arc::new(AtomicBool::new(false));
        listener
            .spawn(
                Arc::new(RwLock::new(Arc::new(served))),
                options,
                Arc::clone(&stop),
                Arc::new(|_: &str| {}),
            )
            .expect("the server thread");
        TestServer { addr, live, stop }
    }

    impl TestServer {
        fn connect(&self) -> Client {
            let client = Client::connect(self.addr).expect("connect");
            // Generous: a test never waits on time, only on the server's answer.
            client
                .set_read_timeout(Some(Duration::from_secs(20)))
                .expect("timeout");
            client
        }

        /// Sends `raw` on a new connection; returns everything until the server closes it.
        fn exchange(&self, raw: &[u8]) -> String {
            let mut client = self.connect();
            client.write_all(raw).expect("send");
            read_to_close(&mut client)
        }
    }

    fn read_to_close(client: &mut Client) -> String {
        let mut response = Vec::new();
        client
            .read_to_end(&mut response)
            .expect("the server closes the connection (not the test's read timeout)");
        String::from_utf8_lossy(&response).into_owned()
    }

    #[test]
    fn answers_once_and_closes_the_connection() {
        let s = start(HttpOptions::default());
        let page = s.exchange(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(page.starts_with("HTTP/1.1 200 OK\r\n"), "{page}");
        assert!(page.contains("\r\nConnection: close\r\n"), "{page}");
        assert!(page.ends_with("</html>"), "{page}");
        let head = s.exchange(b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n") && head.ends_with("\r\n\r\n"));
        assert!(head.contains(&format!("Content-Length: {}\r\n", page.len() - head.len())));
        let other = s.exchange(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nab");
        assert!(other.starts_with("HTTP/1.1 405 ") && other.contains("\r\nAllow: GET, HEAD\r\n"));
        // A second request behind the first (pipelined) is never answered.
        let two =
            s.exchange(b"GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /x HTTP/1.1\r\nHost: x\r\n\r\n");
        assert_eq!(two.matches("HTTP/1.1 ").count(), 1, "{two}");
    }

    #[test]
    fn a_reply_larger_than_the_socket_buffer_arrives_whole() {
        let s = start(HttpOptions::default());
        let mut client = s.connect();
        client
            .write_all(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
            .expect("send");
        // Let the server fill the socket and wait for it to drain.
        std::thread::sleep(Duration::from_millis(100));
        let mut response = Vec::new();
        client.read_to_end(&mut response).expect("the whole reply");
        assert!(response.starts_with(b"HTTP/1.1 200 OK\r\n"));
        assert!(
            response.ends_with(&[7; 8 << 20]),
            "{} bytes",
            response.len()
        );
    }

    #[test]
    fn a_smuggled_request_is_refused_not_answered() {
        let s = start(HttpOptions::default());
        let inner = "GET /secret HTTP/1.1\r\nHost: x\r\n\r\n";
        let raw = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: {}\r\n\r\n{inner}",
            inner.len()
        );
        let reply = s.exchange(raw.as_bytes());
        assert!(reply.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{reply}");
        assert!(reply.contains("two different Content-Length"), "{reply}");
        assert_eq!(reply.matches("HTTP/1.1 ").count(), 1, "{reply}");
        let huge = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX: {}\r\n\r\n",
            "a".repeat(64 * 1024)
        );
        assert!(s.exchange(huge.as_bytes()).starts_with("HTTP/1.1 431 "));
        assert!(
            s.exchange(b"\x16\x03\x01\x02\x00garbage\r\n\r\n")
                .starts_with("HTTP/1.1 400 ")
        );
    }

    #[test]
    fn an_idle_connection_is_closed_after_the_request_timeout() {
        let s = start(HttpOptions {
            request_timeout: Duration::from_millis(100),
            ..HttpOptions::default()
        });
        let mut idle = s.connect();
        assert_eq!(read_to_close(&mut idle), "", "closed without a reply");
        // One that sends its request a byte at a time gets 408 instead.
        let mut slow = s.connect();
        let mut reply = String::new();
        for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" {
            if slow.write_all(&[*byte]).is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
            let mut buf = [0u8; 512];
            slow.set_nonblocking(true).expect("nonblocking");
            if let Ok(n) = slow.read(&mut buf) {
                reply.push_str(&String::from_utf8_lossy(&buf[..n]));
                break;
            }
            slow.set_nonblocking(false).expect("blocking");
        }
        slow.set_nonblocking(false).expect("blocking");
        reply.push_str(&read_to_close(&mut slow));
        assert!(
            reply.starts_with("HTTP/1.1 408 Request Timeout\r\n"),
            "{reply:?}"
        );
    }

    #[test]
    fn connections_beyond_the_limit_make_room_by_closing_the_oldest_idle_one() {
        let s = start(HttpOptions {
            max_connections: 4,
            ..HttpOptions::default()
        });
        let mut idle: Vec<Client> = (0..10).map(|_| s.connect()).collect();
        let page = s.exchange(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(page.starts_with("HTTP/1.1 200 OK\r\n"), "{page}");
        // The first idle ones were closed to make room.
        assert_eq!(read_to_close(&mut idle[0]), "");
    }

    #[test]
    fn live_reload_streams_get_events_and_are_bounded() {
        let s = start(HttpOptions {
            max_streams: 1,
            ..HttpOptions::default()
        });
        let mut stream = s.connect();
        stream
            .write_all(b"GET /__letterpress/events HTTP/1.1\r\nHost: x\r\n\r\n")
            .expect("send");
        let mut seen = String::new();
        let mut buf = [0u8; 1024];
        while !seen.contains("retry: 500\n\n") {
            let n = stream.read(&mut buf).expect("the stream's head");
            assert!(n > 0, "stream closed: {seen}");
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        assert!(seen.starts_with("HTTP/1.1 200 OK\r\n"), "{seen}");
        assert!(seen.contains("text/event-stream") && seen.contains("Connection: close"));
        let refused = s.exchange(b"GET /__letterpress/events HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(refused.starts_with("HTTP/1.1 503 "), "{refused}");
        s.live.broadcast(Event::Reload(7));
        while !seen.contains("event: reload\ndata: 7\n\n") {
            let n = stream.read(&mut buf).expect("the event");
            assert!(n > 0, "stream closed: {seen}");
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
}
