# The guide's own interface strings (English). Everything else comes from the strings built
# into Letterpress (`themes/default/locales/en/ui.ftl`); a key here replaces the built-in one.
site-title = After the Offer
site-tagline = A practical guide to declining, withdrawing and going back — with letters you can fill in.
nav-label = Guide sections
not-found-text = Sorry, there is no page at this address. Choose a language to start again from the guide's home page:
letters-intro = Ready-made letters for every step: fill in the blanks, check the preview, then copy, email, download or print your letter.
translations-intro = How much of the guide is translated into each language, and what is missing or out of date. Help is welcome: see the page about this guide.
search-label = Search the guide
search-placeholder = Search the guide
