# Texte der Oberfläche (Deutsch).
site-title = Nach der Zusage
site-tagline = Ein praktischer Ratgeber zum Absagen, Zurückziehen und Umentscheiden – mit Briefen zum Ausfüllen.
skip-to-content = Zum Inhalt springen
nav-home = Startseite
nav-label = Bereiche des Ratgebers
language-switcher-label = Sprache
breadcrumbs-label = Sie sind hier
toc-title = Auf dieser Seite
pager-label = Weitere Artikel in diesem Bereich
previous-page = Zurück:
next-page = Weiter:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } Minute Lesezeit
   *[other] { $minutes } Minuten Lesezeit
}
updated-on = aktualisiert am { $date }
fallback-notice = Diese Seite gibt es noch nicht auf { $missing }. Sie lesen die Fassung auf { $shown }.
fallback-help = Helfen Sie beim Übersetzen.
not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es leider keine Seite. Wählen Sie eine Sprache, um auf der Startseite des Ratgebers neu zu beginnen:
chooser-prompt = Sprache wählen
feed-title = Atom-Feed
edit-page = Diese Seite bearbeiten
date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
