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
fallback-notice = This page is not yet available in { $missing }, so you are reading the { $shown } version.
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
