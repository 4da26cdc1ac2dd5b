# Built-in interface strings of the default theme: English (the reference for every other
# language; themes/LANG_NOTES.md explains where each string appears).
# A site overrides any of them in `locales/<lang>/ui.ftl`; `site-title` and `site-tagline` come
# from the site (its `ui.ftl`, or `title` and `description` in `site.yaml`).
# Variables marked "(Number)" are counts: wherever one is shown, the text around it comes from
# a plural select (`letterpress check` warns otherwise).

skip-to-content = Skip to content
nav-home = Home
nav-label = Sections
nav-letters = Letters
menu-button = Menu
language-switcher-label = Language
# Variables:
#   $language (String) - the name of the page's language, in that language
language-menu = Language: { $language }
breadcrumbs-label = You are here
# Between the steps of the breadcrumbs; not read out.
breadcrumbs-separator = ›
toc-title = On this page
pager-label = More in this section
previous-page = Previous:
next-page = Next:
# Variables:
#   $minutes (Number) - estimated reading time in minutes
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } min read
   *[other] { $minutes } min read
}
# Variables:
#   $date (String) - a date written by `date-long`
updated-on = updated { $date }
# Between the parts of a line such as "22 November 2026 · 5 min read".
separator = {" · "}
# Variables:
#   $page (String) - the page's title
#   $site (String) - the site's title
page-title = { $page } · { $site }
home-title = { $site } · { $page }
# Variables:
#   $day, $month, $year - the date as numbers (never grouped: 2026, not 2,026); $month (1 to
#   12) chooses the month's name, and $day may choose a form of its own (French "1er")
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

# A language named the way it fits into "…available in German" and "Read the original in
# German"; `fallback-notice` and `outdated-link` receive it.
# Variables:
#   $code (String) - the language's code in `site.yaml`
#   $name (String) - the language's name in itself, for languages not listed here
language-in = { $code ->
    [ar] in Arabic
    [da] in Danish
    [de] in German
    [en] in English
    [es] in Spanish
    [fr] in French
    [it] in Italian
    [ja] in Japanese
    [ko] in Korean
    [nb] in Norwegian
    [nl] in Dutch
    [pl] in Polish
    [pt] in Portuguese
    [sv] in Swedish
    [zh] in Chinese
    [zh-Hant] in Traditional Chinese
   *[other] in { $name }
}
# Variables:
#   $missing (String) - `language-in` of the page's language
#   $shown (String) - `language-in` of the language the text is shown in
fallback-notice = This page is not yet available { $missing }, so you are reading it { $shown }.
fallback-help = Help translate it.
outdated-notice = The original of this page has changed since it was translated.
# Variables:
#   $source (String) - `language-in` of the original's language
outdated-link = Read the original { $source }.

not-found-title = Page not found
not-found-text = Sorry, there is no page at this address. Choose a language to start again from the home page:
chooser-prompt = Choose your language
feed-title = Atom feed
edit-page = Edit this page

letters-title = Letters you can fill in
letters-intro = Ready-made letters: fill in the blanks, check the preview, then copy, email, download or print your letter.
letters-more = More letters
letter-open-page = Open this letter on its own page
letter-explained-in = Explained in the guide
letter-fill-in = Fill in this letter
letter-hide = Hide the form
letter-see = See the letter
letter-form-intro = Fill in the blanks; your letter updates as you type. Nothing you type leaves your device.
letter-optional = (optional)
# Variables:
#   $example (String) - an example answer, shown in an empty field
letter-example = e.g. { $example }
letter-remember = Remember my details on this device
letter-remember-hint = Saved only in this browser, and only if you tick the box. Details such as your name are then filled in on your other letters too.
letter-forget = Forget my details
letter-forgotten = Your saved details have been deleted from this device.
letter-preview-label = Your letter
letter-subject = Subject:
# Variables:
#   $count (Number) - blanks of the letter not yet filled in
letter-blanks = { $count ->
    [0] All blanks filled in
    [one] { $count } blank left
   *[other] { $count } blanks left
}
letter-next-blank = Next blank
letter-copy = Copy
letter-mail = Open as email
letter-download = Download .txt
letter-print = Print
letter-reset = Clear the form
letter-copied = Copied to the clipboard.
letter-copied-blanks = Copied, but the blanks in [brackets] are still empty.
letter-copy-failed = Your browser did not allow copying. The letter is selected: press Ctrl+C (or ⌘+C) to copy it.
letter-mail-opened = Your email program should open now. If nothing happens, copy the text instead.
letter-mail-blanks = Your email program should open now, but the blanks in [brackets] are still empty.
# Variables:
#   $file (String) - the name of the downloaded file
letter-downloaded = Saved as { $file }.
letter-downloaded-blanks = Saved as { $file }, but the blanks in [brackets] are still empty.
letter-cleared = The form has been cleared.
letter-nojs = Replace the blanks in [brackets] with your own details before you send the letter.
# Marks text left out at the start of a quoted line (the phone bar of a letter).
ellipsis = …

translations-link = See how far each translation has come on the translation status page.
translations-title = Translation status
translations-intro = How much of this site is translated into each language, and what is missing or out of date.
translations-summary = Translated items per language
translations-language = Language
translations-articles = Pages
translations-letters = Letters
translations-strings = Interface strings
translations-source = (source language)
# Variables:
#   $translated (Number) - items translated and up to date
#   $total (Number) - items in the source language
#   $outdated (Number) - translations whose original changed since
#   $missing (Number) - items not translated
translations-counts = { $total ->
    [one] { $translated } of { $total } translated
   *[other] { $translated } of { $total } translated
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } outdated
   *[other] , { $outdated } outdated
}{ $missing ->
    [0] {""}
    [one] , { $missing } missing
   *[other] , { $missing } missing
}
translations-item = Page or letter
translations-state = Status
translations-file = File
# Points from a translation's file to its original's file.
translations-arrow = ←
translations-missing-strings = Interface strings still to be translated:
state-translated = translated
state-untracked = translated (not yet tracked)
state-outdated = outdated
state-missing = missing

search-label = Search
search-placeholder = Search
search-button = Search
search-title = Search
search-kind-article = Article
search-kind-letter = Letter
search-kind-section = Section
search-kind-home = Home page
search-intro = Search all articles and letters in English, or browse the full list below.
# The script puts the number of pages found in place of $count, so this is a label, not a
# sentence that agrees with the number.
# Variables:
#   $count (String) - the number of pages found
search-found = Pages found: { $count }
# Variables:
#   $query (String) - the words the reader typed
search-none = Nothing found for “{ $query }”. Try another word, or browse the list of all pages on the search page.
search-loading = Searching…
search-unavailable = Search does not work in this browser, but you can browse the list of all pages on the search page.
search-no-script = Search needs JavaScript, which is off in this browser. Every page is listed below.
search-all-results = All results for “{ $query }”
search-all-pages = All pages
# Titles of callouts (> [!NOTE] … in Markdown), shown above their text.
callout-note = Note
callout-tip = Tip
callout-important = Important
callout-warning = Warning
callout-caution = Caution
# The page at an old address of a page (an alias in its front matter), which leads on to it.
redirect-title = Moved: { $page }
redirect-text = This page has moved. If your browser does not take you there, follow this link:
