//! Link: the parsed site → [`Linked`]: a route for every page and letter in every language
//! (the page itself or its fallback), localized URLs, the translation status of each language,
//! and the URLs that collide. Markdown links between source files, and to the files next to the
//! articles (per language, along the same fallback chain), are resolved against these routes
//! while pages render. It never renders and never reads files.

pub mod files;
pub mod letters;
pub mod resolve;
pub mod routes;
pub mod urls;

pub use urls::{encode_path, percent_decode, root_prefix};

use crate::diagnostic::Diagnostics;
use crate::parse::Parsed;
use crate::translators::status::{self, LanguageStatus};
use letters::LetterRoute;
use routes::Routes;

/// What linking adds to [`Parsed`]: where every page and letter is shown, and how complete
/// every language is.
pub struct Linked {
    pub parsed: Parsed,
    /// A route per (language, key): the page or its fallback, at its localized path.
    pub routes: Routes,
    /// A route per (language, letter), sorted by title within each language.
    pub letter_routes: Vec<LetterRoute>,
    /// Translation status of every language (as `letterpress status` shows it).
    pub status: Vec<LanguageStatus>,
}

/// Links the parsed site; colliding URLs are added to `problems`.
pub fn link(parsed: Parsed, problems: &mut Diagnostics) -> Linked {
    let (routes, d) = Routes::build(&parsed.config, &parsed.pages);
    problems.extend(d);
    let letter_routes = letters::routes(&parsed.letters, &parsed.config);
    problems.extend(letters::collisions(
        &routes,
        &parsed.pages,
        &letter_routes,
        &parsed.letters,
    ));
    let status = status::status(&parsed);
    Linked {
        parsed,
        routes,
        letter_routes,
        status,
    }
}
