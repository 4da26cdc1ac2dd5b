# Texte der Oberfläche (Deutsch).
site-title = Nach dem Jobangebot
site-tagline = Ein praktischer Ratgeber fürs Absagen, Zurückziehen und Umentscheiden – und für den Fall, dass ein Unternehmen sein Angebot zurücknimmt. Mit Briefen zum Ausfüllen.
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
fallback-notice = Diese Seite gibt es noch nicht auf { $missing_code ->
        [zh] Chinesisch
        [en] Englisch
        [de] Deutsch
        [da] Dänisch
       *[other] { $missing }
    }. Sie lesen die { $shown_code ->
        [zh] chinesische Fassung
        [en] englische Fassung
        [de] deutsche Fassung
        [da] dänische Fassung
       *[other] Fassung auf { $shown }
    }.
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
letters-title = Briefe zum Ausfüllen
letters-intro = Fertige Vorlagen für jeden Schritt: Lücken ausfüllen, Vorschau prüfen und den Brief kopieren, als E-Mail öffnen, herunterladen oder drucken.
letter-open-page = Diesen Brief auf einer eigenen Seite öffnen
letter-form-intro = Füllen Sie die Lücken aus; Ihr Brief passt sich beim Tippen an. Ihre Eingaben verlassen Ihr Gerät nicht.
letter-optional = (optional)
letter-remember = Meine Angaben auf diesem Gerät speichern
letter-remember-hint = Die Angaben bleiben nur in diesem Browser und nur, wenn Sie das Häkchen setzen. Ihr Name wird dann auch in den anderen Briefen eingesetzt.
letter-forget = Meine Angaben löschen
letter-forgotten = Ihre gespeicherten Angaben wurden von diesem Gerät gelöscht.
letter-preview-label = Ihr Brief
letter-subject = Betreff:
letter-copy = Kopieren
letter-mail = Als E-Mail öffnen
letter-download = Als .txt speichern
letter-print = Drucken
letter-reset = Formular leeren
letter-copied = In die Zwischenablage kopiert.
letter-copy-failed = Ihr Browser hat das Kopieren nicht erlaubt. Der Brief ist markiert: Drücken Sie Strg+C (oder ⌘+C), um ihn zu kopieren.
letter-nojs = Ersetzen Sie die Lücken in [eckigen Klammern] durch Ihre eigenen Angaben, bevor Sie den Brief abschicken.
outdated-notice = Das Original dieser Seite ({ $source_code ->
        [zh] Chinesisch
        [en] Englisch
        [de] Deutsch
        [da] Dänisch
       *[other] { $source }
    }) wurde seit der Übersetzung geändert.
outdated-link = Zum Original ({ $source_code ->
        [zh] Chinesisch
        [en] Englisch
        [de] Deutsch
        [da] Dänisch
       *[other] { $source }
    }).
translations-link = Wie weit die Übersetzungen sind, zeigt die Seite zum Übersetzungsstand.
translations-title = Übersetzungsstand
translations-intro = Hier sehen Sie, wie viel des Ratgebers in jeder Sprache übersetzt ist und was fehlt oder veraltet ist. Hilfe ist willkommen – mehr dazu auf der Seite über diesen Ratgeber.
translations-summary = Übersetzte Einträge je Sprache
translations-language = Sprache
translations-articles = Seiten
translations-letters = Briefe
translations-strings = Oberflächentexte
translations-source = (Ausgangssprache)
translations-counts = { $total ->
    [one] { $translated } von { $total } Eintrag übersetzt
   *[other] { $translated } von { $total } Einträgen übersetzt
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } veraltet
   *[other] , { $outdated } veraltet
}{ $missing ->
    [0] {""}
    [one] , { $missing } fehlt
   *[other] , { $missing } fehlen
}
translations-item = Seite oder Brief
translations-state = Stand
translations-file = Datei
translations-missing-strings = Noch zu übersetzende Oberflächentexte:
state-translated = übersetzt
state-untracked = übersetzt (Aktualität unbekannt)
state-outdated = veraltet
state-missing = fehlt
# Suche: Feld in der Kopfzeile, Ergebnisse und Suchseite (mit einer Liste aller Seiten, die auch ohne JavaScript funktioniert).
search-label = Im Ratgeber suchen
search-placeholder = Ratgeber durchsuchen
search-kind-article = Artikel
search-kind-letter = Briefvorlage
search-kind-section = Rubrik
search-kind-home = Startseite
search-button = Suchen
search-title = Suche
search-intro = Durchsuchen Sie alle Artikel und Briefe auf Deutsch – oder stöbern Sie in der vollständigen Liste weiter unten.
search-found = Gefundene Seiten: { $count }
search-none = Keine Treffer für „{ $query }“. Versuchen Sie es mit einem anderen Wort oder sehen Sie in der Liste aller Seiten auf der Suchseite nach.
search-loading = Suche läuft …
search-unavailable = Die Suche funktioniert in diesem Browser nicht. Eine Liste aller Seiten finden Sie auf der Suchseite.
search-all-results = Alle Treffer für „{ $query }“
search-all-pages = Alle Seiten

# Titel, Trennzeichen und Navigation des Standard-Themes. `separator` steht zwischen den Teilen
# einer Zeile wie „22. November 2026 · 5 Minuten Lesezeit“, `breadcrumbs-separator` zwischen den
# Stufen der Brotkrümelnavigation (wird nicht vorgelesen).
page-title = { $page } · { $site }
home-title = { $site } · { $page }
separator = {" · "}
breadcrumbs-separator = ›
nav-letters = Briefe
menu-button = Menü
language-menu = Sprache: { $language }
letters-more = Weitere Briefe
# Die Briefwerkstatt: die Karte in Artikeln, das Beispiel in jedem Feld, die Zahl der offenen
# Lücken und die Rückmeldung neben jeder Schaltfläche.
letter-explained-in = Erklärt im Ratgeber
letter-example = z. B. { $example }
letter-fill-in = Diesen Brief ausfüllen
letter-hide = Formular ausblenden
letter-see = Brief ansehen
letter-blanks = { $count ->
    [0] Alle Lücken ausgefüllt
    [one] Noch { $count } Lücke offen
   *[other] Noch { $count } Lücken offen
}
letter-next-blank = Nächste Lücke
letter-copied-blanks = Kopiert – aber die Lücken in [eckigen Klammern] sind noch leer.
letter-mail-opened = Ihr E-Mail-Programm sollte sich jetzt öffnen. Falls nichts passiert, kopieren Sie den Text stattdessen.
letter-mail-blanks = Ihr E-Mail-Programm sollte sich jetzt öffnen – aber die Lücken in [eckigen Klammern] sind noch leer.
letter-downloaded = Als { $file } gespeichert.
letter-downloaded-blanks = Als { $file } gespeichert – aber die Lücken in [eckigen Klammern] sind noch leer.
letter-cleared = Das Formular ist wieder leer.
translations-arrow = ←
# Steht für ausgelassenen Text am Anfang einer Zeile (in der Leiste eines Briefs auf dem Handy).
ellipsis = …
# Die Seite unter einer alten Adresse (Alias), die zur neuen Adresse weiterleitet.
redirect-title = Umgezogen: { $page }
redirect-text = Diese Seite ist umgezogen. Falls Ihr Browser Sie nicht weiterleitet, folgen Sie diesem Link:
