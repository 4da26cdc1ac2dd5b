# Interface strings of the default theme (English).
site-title = After the Offer
site-tagline = A practical guide to declining, withdrawing and going back — with letters you can fill in.
skip-to-content = Skip to content
nav-home = Home
nav-label = Guide sections
language-switcher-label = Language
breadcrumbs-label = You are here
toc-title = On this page
pager-label = More in this section
previous-page = Previous:
next-page = Next:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } min read
   *[other] { $minutes } min read
}
updated-on = updated { $date }
fallback-notice = This page is not yet available in { $missing_code ->
        [zh] Chinese
        [en] English
        [de] German
        [da] Danish
       *[other] { $missing }
    }, so you are reading the { $shown_code ->
        [zh] Chinese
        [en] English
        [de] German
        [da] Danish
       *[other] { $shown }
    } version.
fallback-help = Help translate it.
not-found-title = Page not found
not-found-text = Sorry, there is no page at this address. Choose a language to start again from the guide's home page:
chooser-prompt = Choose your language
feed-title = Atom feed
edit-page = Edit this page
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
letters-title = Letters you can fill in
letters-intro = Ready-made letters for every step: fill in the blanks, check the preview, then copy, email, download or print your letter.
letter-open-page = Open this letter on its own page
letter-form-intro = Fill in the blanks; your letter updates as you type. Nothing you type leaves your device.
letter-optional = (optional)
letter-remember = Remember my details on this device
letter-remember-hint = Saved only in this browser, and only if you tick the box. Your name then also fills in the other letters.
letter-forget = Forget my details
letter-forgotten = Your saved details have been deleted from this device.
letter-preview-label = Your letter
letter-subject = Subject:
letter-copy = Copy
letter-mail = Open as email
letter-download = Download .txt
letter-print = Print
letter-reset = Clear the form
letter-copied = Copied to the clipboard.
letter-copy-failed = Your browser did not allow copying. The letter is selected: press Ctrl+C (or ⌘+C) to copy it.
letter-nojs = Replace the blanks in [brackets] with your own details before you send the letter.
outdated-notice = The { $source_code ->
        [zh] Chinese
        [en] English
        [de] German
        [da] Danish
       *[other] { $source }
    } original of this page has changed since it was translated.
outdated-link = Read the { $source_code ->
        [zh] Chinese
        [en] English
        [de] German
        [da] Danish
       *[other] { $source }
    } original.
translations-link = See how far each translation has come on the translation status page.
translations-title = Translation status
translations-intro = How much of the guide is translated into each language, and what is missing or out of date. Help is welcome: see the page about this guide.
translations-summary = Translated items per language
translations-language = Language
translations-articles = Pages
translations-letters = Letters
translations-strings = Interface strings
translations-source = (source language)
translations-counts = { $translated } of { $total } translated{ $outdated ->
    [0] {""}
   *[other] , { $outdated } outdated
}{ $missing ->
    [0] {""}
   *[other] , { $missing } missing
}
translations-item = Page or letter
translations-state = State
translations-file = File
translations-missing-strings = Interface strings still to be translated:
state-translated = translated
state-untracked = translated (not yet tracked)
state-outdated = outdated
state-missing = missing
# Search: the box in the header, its results, and the search page (which also lists every page, so it works without JavaScript).
# In search-found and search-none, JavaScript puts the number of pages and the reader's words in place of $count and $query.
search-label = Search the guide
search-placeholder = Search the guide
search-kind-article = Article
search-kind-letter = Letter
search-kind-section = Section
search-kind-home = Home page
search-button = Search
search-title = Search
search-intro = Search all articles and letters in English, or browse the full list below.
search-found = Pages found: { $count }
search-none = Nothing found for “{ $query }”. Try another word, or browse the list of all pages on the search page.
search-loading = Searching…
search-unavailable = Search does not work in this browser, but you can browse the list of all pages on the search page.
search-all-results = All results for “{ $query }”
search-all-pages = All pages

# Titles, separators and navigation of the default theme. `separator` goes between the parts of
# a line such as "22 November 2026 · 5 min read"; `breadcrumbs-separator` between the steps of
# the breadcrumbs (it is not read out).
page-title = { $page } · { $site }
home-title = { $site } · { $page }
separator = {" · "}
breadcrumbs-separator = ›
nav-letters = Letters
menu-button = Menu
language-menu = Language: { $language }
letters-more = More letters
# The letter workspace: the card in articles, the example in each field, the count of blanks,
# and the feedback next to each button.
letter-explained-in = Explained in the guide
letter-example = e.g. { $example }
letter-fill-in = Fill in this letter
letter-hide = Hide the form
letter-see = See the letter
letter-blanks = { $count ->
    [0] All blanks filled in
    [one] { $count } blank left
   *[other] { $count } blanks left
}
letter-next-blank = Next blank
letter-copied-blanks = Copied, but the blanks in [brackets] are still empty.
letter-mail-opened = Your email program should open now. If nothing happens, copy the text instead.
letter-mail-blanks = Your email program should open now, but the blanks in [brackets] are still empty.
letter-downloaded = Saved as { $file }.
letter-downloaded-blanks = Saved as { $file }, but the blanks in [brackets] are still empty.
letter-cleared = The form is empty again.
translations-arrow = ←
# Marks text left out at the start of a quoted line (the phone bar of a letter).
ellipsis = …
# The page at an old address of a page (an alias), which leads readers to its new address.
redirect-title = Moved: { $page }
redirect-text = This page has moved. If your browser does not take you there, follow this link:
