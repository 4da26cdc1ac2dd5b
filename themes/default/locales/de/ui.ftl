# Eingebaute Oberflächentexte des Standard-Themes: Deutsch (Anrede: Sie).

skip-to-content = Zum Inhalt springen
nav-home = Startseite
nav-label = Bereiche
nav-letters = Briefe
menu-button = Menü
language-switcher-label = Sprache
language-menu = Sprache: { $language }
breadcrumbs-label = Sie sind hier
breadcrumbs-separator = ›
toc-title = Auf dieser Seite
pager-label = Mehr in diesem Bereich
previous-page = Zurück:
next-page = Weiter:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } Minute Lesezeit
   *[other] { $minutes } Minuten Lesezeit
}
updated-on = aktualisiert am { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
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

language-in = { $code ->
    [ar] auf Arabisch
    [da] auf Dänisch
    [de] auf Deutsch
    [en] auf Englisch
    [es] auf Spanisch
    [fr] auf Französisch
    [it] auf Italienisch
    [ja] auf Japanisch
    [ko] auf Koreanisch
    [nb] auf Norwegisch
    [nl] auf Niederländisch
    [pl] auf Polnisch
    [pt] auf Portugiesisch
    [sv] auf Schwedisch
    [zh] auf Chinesisch
    [zh-Hant] in traditionellem Chinesisch
   *[other] auf { $name }
}
fallback-notice = Diese Seite gibt es noch nicht { $missing }. Sie lesen sie hier { $shown }.
fallback-help = Helfen Sie beim Übersetzen.
outdated-notice = Das Original dieser Seite wurde seit der Übersetzung geändert.
outdated-link = Zum Original { $source }.

not-found-title = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es leider keine Seite. Wählen Sie eine Sprache, um auf der Startseite neu zu beginnen:
chooser-prompt = Sprache wählen
feed-title = Atom-Feed
edit-page = Diese Seite bearbeiten

letters-title = Briefe zum Ausfüllen
letters-intro = Fertige Vorlagen: Lücken ausfüllen, Vorschau prüfen und den Brief kopieren, als E-Mail öffnen, herunterladen oder drucken.
letters-more = Weitere Briefe
letter-open-page = Diesen Brief auf einer eigenen Seite öffnen
letter-explained-in = Erklärt im Ratgeber
letter-fill-in = Diesen Brief ausfüllen
letter-hide = Formular ausblenden
letter-see = Brief ansehen
letter-form-intro = Füllen Sie die Lücken aus – der Brief wird beim Tippen aktualisiert. Ihre Eingaben bleiben auf Ihrem Gerät.
letter-optional = (optional)
letter-example = z. B. { $example }
letter-remember = Meine Angaben auf diesem Gerät speichern
letter-remember-hint = Die Angaben werden nur in diesem Browser gespeichert und nur, wenn Sie das Häkchen setzen. Ihr Name wird dann auch in den anderen Briefen eingesetzt.
letter-forget = Meine Angaben löschen
letter-forgotten = Ihre gespeicherten Angaben wurden von diesem Gerät gelöscht.
letter-preview-label = Ihr Brief
letter-subject = Betreff:
letter-blanks = { $count ->
    [0] Alle Lücken ausgefüllt
    [one] Noch { $count } Lücke offen
   *[other] Noch { $count } Lücken offen
}
letter-next-blank = Nächste Lücke
letter-copy = Kopieren
letter-mail = Als E-Mail öffnen
letter-download = Als .txt speichern
letter-print = Drucken
letter-reset = Formular leeren
letter-copied = In die Zwischenablage kopiert.
letter-copied-blanks = Kopiert – aber die Lücken in [eckigen Klammern] sind noch leer.
letter-copy-failed = Ihr Browser hat das Kopieren nicht erlaubt. Der Brief ist markiert: Drücken Sie Strg+C (oder ⌘+C), um ihn zu kopieren.
letter-mail-opened = Ihr E-Mail-Programm sollte sich jetzt öffnen. Falls nicht, kopieren Sie stattdessen den Text.
letter-mail-blanks = Ihr E-Mail-Programm sollte sich jetzt öffnen – aber die Lücken in [eckigen Klammern] sind noch leer.
letter-downloaded = Als { $file } gespeichert.
letter-downloaded-blanks = Als { $file } gespeichert – aber die Lücken in [eckigen Klammern] sind noch leer.
letter-cleared = Das Formular ist wieder leer.
letter-nojs = Ersetzen Sie die Lücken in [eckigen Klammern] durch Ihre eigenen Angaben, bevor Sie den Brief abschicken.
ellipsis = …

translations-link = Wie weit die Übersetzungen sind, zeigt die Seite zum Übersetzungsstand.
translations-title = Übersetzungsstand
translations-intro = Wie viel dieser Website in die einzelnen Sprachen übersetzt ist und was noch fehlt oder veraltet ist.
translations-summary = Übersetzte Einträge je Sprache
translations-language = Sprache
translations-articles = Seiten
translations-letters = Briefe
translations-strings = Oberflächentexte
translations-source = (Ausgangssprache)
# „1 fehlt“, aber „2 fehlen“; „übersetzt“ und „veraltet“ richten sich nicht nach der Zahl.
translations-counts = { $translated ->
    [one] { $translated }
   *[other] { $translated }
} von { $total ->
    [one] { $total } übersetzt
   *[other] { $total } übersetzt
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
translations-arrow = ←
translations-missing-strings = Noch zu übersetzende Oberflächentexte:
state-translated = übersetzt
state-untracked = übersetzt (Aktualität unbekannt)
state-outdated = veraltet
state-missing = fehlt

search-label = Suche
search-placeholder = Suchen
search-button = Suchen
search-title = Suche
search-kind-article = Artikel
search-kind-letter = Brief
search-kind-section = Bereich
search-kind-home = Startseite
search-intro = Durchsuchen Sie alle Artikel und Briefe auf Deutsch – oder stöbern Sie in der vollständigen Liste weiter unten.
search-found = Gefundene Seiten: { $count }
search-none = Keine Treffer für „{ $query }“. Versuchen Sie es mit einem anderen Wort oder sehen Sie in der Liste aller Seiten auf der Suchseite nach.
search-loading = Suche läuft …
search-unavailable = Die Suche funktioniert in diesem Browser nicht. Eine Liste aller Seiten finden Sie auf der Suchseite.
search-no-script = Die Suche braucht JavaScript, das in diesem Browser ausgeschaltet ist. Alle Seiten finden Sie in der Liste unten.
search-all-results = Alle Treffer für „{ $query }“
search-all-pages = Alle Seiten
# Titel von Hinweiskästen (> [!NOTE] … in Markdown), über ihrem Text.
callout-note = Hinweis
callout-tip = Tipp
callout-important = Wichtig
callout-warning = Warnung
callout-caution = Achtung
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Umgezogen: { $page }
redirect-text = Diese Seite ist umgezogen. Falls Ihr Browser Sie nicht weiterleitet, folgen Sie diesem Link:
