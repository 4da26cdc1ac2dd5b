//! The request head as `serve` reads it: strict HTTP/1.1 parsing of the request line and header
//! fields, with bounded size and count. Anything ambiguous (a folded header, two different
//! `Content-Length`s, `Transfer-Encoding` next to `Content-Length`, a bare CR or LF) is
//! rejected, never guessed at. Pure: bytes in, a request or a rejection out; it never reads a
//! body, since `serve` answers every request on its own connection and then closes it.

/// The most bytes a request head (request line and header fields) may take.
pub const MAX_HEAD: usize = 16 * 1024;
/// The most header fields a request may have.
pub const MAX_FIELDS: usize = 100;

/// A request method, as far as `serve` cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    /// Any other well-formed method; answered with 405.
    Other,
}

/// A well-formed request head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    /// The request target exactly as sent (visible ASCII only).
    pub target: String,
    /// The head announces a body (`Content-Length` above 0, or `Transfer-Encoding`). It is
    /// never read, but it may still be arriving when the reply is sent.
    pub has_body: bool,
}

/// Why a request head is refused: the status to answer with and a short reason for its body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejection {
    pub status: u16,
    pub reason: &'static str,
}

const fn bad(reason: &'static str) -> Rejection {
    Rejection {
        status: 400,
        reason,
    }
}

const TOO_LARGE: Rejection = Rejection {
    status: 431,
    reason: "request header fields too large",
};

/// Where the head in `buf` ends (just past its empty line), `None` while it is incomplete.
/// `scanned` is how many bytes an earlier call already looked at, so that a head arriving a
/// byte at a time is not scanned again from the start each time.
pub fn end_of_head(buf: &[u8], scanned: usize) -> Result<Option<usize>, Rejection> {
    // Step back so that a CRLF split across two reads is seen whole.
    let from = scanned.saturating_sub(3);
    let limit = buf.len().min(MAX_HEAD);
    for i in from..limit {
        match buf[i] {
            b'\n' if i == 0 || buf[i - 1] != b'\r' => return Err(bad("bare LF in the head")),
            b'\r' if buf.get(i + 1).is_some_and(|&b| b != b'\n') => {
                return Err(bad("bare CR in the head"));
            }
            b'\n' if i >= 3 && &buf[i - 3..i] == b"\r\n\r" => return Ok(Some(i + 1)),
            _ => {}
        }
    }
    if buf.len() > MAX_HEAD {
        return Err(TOO_LARGE);
    }
    Ok(None)
}

/// Parses a complete head (as delimited by [`end_of_head`], the final empty line included).
pub fn parse(head: &[u8]) -> Result<Request, Rejection> {
    let text = head
        .strip_suffix(b"\r\n\r\n")
        .ok_or(bad("incomplete head"))?;
    let mut lines = text
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l));
    let (method, target, http_1_1) = request_line(lines.next().unwrap_or_default())?;
    let mut fields = Fields::default();
    for (n, line) in lines.enumerate() {
        if n >= MAX_FIELDS {
            return Err(TOO_LARGE);
        }
        fields.add(line)?;
    }
    fields.check(http_1_1)?;
    let has_body = fields.transfer_encoding || fields.content_length.is_some_and(|l| l > 0);
    Ok(Request {
        method,
        target,
        has_body,
    })
}

/// `method SP request-target SP HTTP-version`, with single spaces; returns whether the version
/// is HTTP/1.1 (rather than 1.0).
fn request_line(line: &[u8]) -> Result<(Method, String, bool), Rejection> {
    let mut parts = line.split(|&b| b == b' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad("malformed request line"));
    };
    if method.is_empty() || !method.iter().all(|&b| is_token(b)) {
        return Err(bad("malformed method"));
    }
    if target.is_empty() || !target.iter().all(|&b| b.is_ascii_graphic()) {
        return Err(bad("malformed request target"));
    }
    let http_1_1 = match version {
        b"HTTP/1.1" => true,
        b"HTTP/1.0" => false,
        [b'H', b'T', b'T', b'P', b'/', major, b'.', minor]
            if major.is_ascii_digit() && minor.is_ascii_digit() =>
        {
            return Err(Rejection {
                status: 505,
                reason: "only HTTP/1.1 and HTTP/1.0 are supported",
            });
        }
        _ => return Err(bad("malformed HTTP version")),
    };
    let method = match method {
        b"GET" => Method::Get,
        b"HEAD" => Method::Head,
        _ => Method::Other,
    };
    // Visible ASCII only, so this cannot fail; no unwrap on what a client sent all the same.
    let target = String::from_utf8_lossy(target).into_owned();
    Ok((method, target, http_1_1))
}

/// What the header fields say about how the request is framed.
#[derive(Debug, Default)]
struct Fields {
    content_length: Option<u64>,
    transfer_encoding: bool,
    /// The last coding of the last `Transfer-Encoding` field, lowercased.
    last_coding: String,
    hosts: usize,
}

impl Fields {
    fn add(&mut self, line: &[u8]) -> Result<(), Rejection> {
        if line.first().is_some_and(|&b| b == b' ' || b == b'\t') {
            return Err(bad("folded header field (obs-fold)"));
        }
        let colon = line
            .iter()
            .position(|&b| b == b':')
            .ok_or(bad("header field without a colon"))?;
        let (name, value) = (&line[..colon], &line[colon + 1..]);
        if name.is_empty() || !name.iter().all(|&b| is_token(b)) {
            return Err(bad("malformed header field name"));
        }
        let value = trim_ows(value);
        if !value
            .iter()
            .all(|&b| b == b'\t' || b == b' ' || b.is_ascii_graphic() || b >= 0x80)
        {
            return Err(bad("control character in a header field"));
        }
        if name.eq_ignore_ascii_case(b"content-length") {
            let length = content_length(value)?;
            if self.content_length.is_some_and(|l| l != length) {
                return Err(bad("two different Content-Length header fields"));
            }
            self.content_length = Some(length);
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            self.transfer_encoding = true;
            let last = value.rsplit(|&b| b == b',').next().unwrap_or_default();
            self.last_coding = String::from_utf8_lossy(trim_ows(last)).to_ascii_lowercase();
        } else if name.eq_ignore_ascii_case(b"host") {
            self.hosts += 1;
        }
        Ok(())
    }

    fn check(&self, http_1_1: bool) -> Result<(), Rejection> {
        if self.transfer_encoding {
            if self.content_length.is_some() {
                return Err(bad("Transfer-Encoding together with Content-Length"));
            }
            if !http_1_1 {
                return Err(bad("Transfer-Encoding in an HTTP/1.0 request"));
            }
            if self.last_coding != "chunked" {
                return Err(bad("Transfer-Encoding does not end with chunked"));
            }
        }
        match self.hosts {
            0 if http_1_1 => Err(bad("no Host header field")),
            0 | 1 => Ok(()),
            _ => Err(bad("more than one Host header field")),
        }
    }
}

/// A field value without the optional whitespace (spaces and tabs only) around it.
fn trim_ows(value: &[u8]) -> &[u8] {
    let is_ows = |b: &u8| *b == b' ' || *b == b'\t';
    let start = value.iter().position(|b| !is_ows(b)).unwrap_or(value.len());
    let end = value
        .iter()
        .rposition(|b| !is_ows(b))
        .map_or(start, |i| i + 1);
    &value[start..end]
}

/// `1*DIGIT`: no sign, no spaces, no list.
fn content_length(value: &[u8]) -> Result<u64, Rejection> {
    let invalid = bad("invalid Content-Length");
    if value.is_empty() || !value.iter().all(u8::is_ascii_digit) {
        return Err(invalid);
    }
    std::str::from_utf8(value)
        .ok()
        .and_then(|v| v.parse().ok())
        .ok_or(invalid)
}

/// A `tchar` of RFC 9110: the characters of methods and header field names.
fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a whole head through both steps, as the server does.
    fn check(head: &str) -> Result<Request, Rejection> {
        let bytes = head.as_bytes();
        match end_of_head(bytes, 0)? {
            Some(end) => parse(&bytes[..end]),
            None => Err(bad("incomplete")),
        }
    }

    fn status(head: &str) -> u16 {
        match check(head) {
            Ok(_) => 200,
            Err(r) => r.status,
        }
    }

    #[test]
    fn reads_a_plain_request() {
        let r = check("GET /en/?q=1 HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n");
        assert_eq!(
            r,
            Ok(Request {
                method: Method::Get,
                target: "/en/?q=1".into(),
                has_body: false,
            })
        );
        let r = check("HEAD / HTTP/1.0\r\n\r\n").map(|r| r.method);
        assert_eq!(r, Ok(Method::Head), "HTTP/1.0 needs no Host");
        let r = check("DELETE / HTTP/1.1\r\nHost: x\r\n\r\n").map(|r| r.method);
        assert_eq!(r, Ok(Method::Other));
        // Identical Content-Lengths say the same thing; a body is never read anyway.
        let same = "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\ncontent-length: 3\r\n\r\n";
        assert_eq!(check(same).map(|r| r.has_body), Ok(true));
        let chunked = "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n";
        assert_eq!(status(chunked), 200);
    }

    #[test]
    fn rejects_ambiguous_framing() {
        for (head, why) in [
            (
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 40\r\n\r\n",
                "two different Content-Length header fields",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
                "invalid Content-Length",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: +5\r\n\r\n",
                "invalid Content-Length",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 5\r\n\r\n",
                "invalid Content-Length",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n",
                "invalid Content-Length",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n",
                "folded header field (obs-fold)",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n\tb\r\n\r\n",
                "folded header field (obs-fold)",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n",
                "Transfer-Encoding together with Content-Length",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
                "Transfer-Encoding does not end with chunked",
            ),
            (
                "GET / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n",
                "Transfer-Encoding in an HTTP/1.0 request",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length : 4\r\n\r\n",
                "malformed header field name",
            ),
            (
                "GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
                "more than one Host header field",
            ),
            ("GET / HTTP/1.1\r\n\r\n", "no Host header field"),
        ] {
            assert_eq!(check(head), Err(bad(why)), "{head:?}");
        }
    }

    #[test]
    fn rejects_garbage_and_bare_line_ends() {
        for head in [
            "\r\n\r\n",
            "GET\r\n\r\n",
            "GET  / HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1 \r\nHost: x\r\n\r\n",
            "G(T / HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET /\u{e9} HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTPS/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost x\r\n\r\n",
            "GET / HTTP/1.1\r\n: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\0y\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\u{c}\r\n\r\n",
            "\u{16}\u{3}\u{1}\u{2}\0\u{1}\r\n\r\n",
        ] {
            assert_eq!(status(head), 400, "{head:?}");
        }
        assert_eq!(status("GET / HTTP/2.0\r\nHost: x\r\n\r\n"), 505);
        assert_eq!(
            end_of_head(b"GET / HTTP/1.1\nHost: x\n\n", 0),
            Err(bad("bare LF in the head"))
        );
        assert_eq!(
            end_of_head(b"GET / HTTP/1.1\rHost: x\r\n\r\n", 0),
            Err(bad("bare CR in the head"))
        );
    }

    #[test]
    fn bounds_the_size_and_number_of_header_fields() {
        let big = format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX: {}\r\n\r\n",
            "a".repeat(MAX_HEAD)
        );
        assert_eq!(end_of_head(big.as_bytes(), 0), Err(TOO_LARGE));
        // Without an end in sight, the limit is reached as well.
        assert_eq!(end_of_head(&vec![b'a'; MAX_HEAD + 1], 0), Err(TOO_LARGE));
        assert_eq!(end_of_head(&vec![b'a'; MAX_HEAD], 0), Ok(None));
        let many = format!(
            "GET / HTTP/1.1\r\nHost: x\r\n{}\r\n",
            "X: 1\r\n".repeat(MAX_FIELDS)
        );
        assert_eq!(check(&many), Err(TOO_LARGE));
    }

    #[test]
    fn finds_the_end_of_a_head_that_arrives_a_byte_at_a_time() {
        let head = b"GET / HTTP/1.1\r\nHost: x\r\n\r\nbody";
        let mut scanned = 0;
        let mut found = None;
        for len in 1..=head.len() {
            if let Some(end) = end_of_head(&head[..len], scanned).unwrap_or_default() {
                found = Some(end);
                break;
            }
            scanned = len;
        }
        assert_eq!(found, Some(head.len() - 4));
    }
}
