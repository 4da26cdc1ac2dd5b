# Ingebouwde interfaceteksten van het standaardthema: Nederlands (aanspreekvorm: je).

skip-to-content = Direct naar de inhoud
nav-home = Home
nav-label = Rubrieken
nav-letters = Brieven
menu-button = Menu
language-switcher-label = Taal
language-menu = Taal: { $language }
breadcrumbs-label = Je bent hier
breadcrumbs-separator = ›
toc-title = Op deze pagina
pager-label = Meer in deze rubriek
previous-page = Vorige:
next-page = Volgende:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } minuut leestijd
   *[other] { $minutes } minuten leestijd
}
updated-on = bijgewerkt op { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }

language-in = { $code ->
    [ar] in het Arabisch
    [da] in het Deens
    [de] in het Duits
    [en] in het Engels
    [es] in het Spaans
    [fr] in het Frans
    [it] in het Italiaans
    [ja] in het Japans
    [ko] in het Koreaans
    [nb] in het Noors
    [nl] in het Nederlands
    [pl] in het Pools
    [pt] in het Portugees
    [sv] in het Zweeds
    [zh] in het Chinees
    [zh-Hant] in het traditioneel Chinees
   *[other] in het { $name }
}
fallback-notice = Deze pagina is nog niet beschikbaar { $missing }. Hieronder staat de tekst { $shown }.
fallback-help = Help mee vertalen.
outdated-notice = Het origineel van deze pagina is na de vertaling gewijzigd.
outdated-link = Lees het origineel { $source }.

not-found-title = Pagina niet gevonden
not-found-text = Op dit adres staat helaas geen pagina. Kies een taal om opnieuw te beginnen op de homepage:
chooser-prompt = Kies je taal
feed-title = Atom-feed
edit-page = Deze pagina bewerken

letters-title = Brieven om in te vullen
letters-intro = Kant-en-klare brieven: vul de open plekken in, controleer het voorbeeld en kopieer, mail, download of print je brief.
letters-more = Meer brieven
letter-open-page = Deze brief op een eigen pagina openen
letter-explained-in = Uitgelegd in de gids
letter-fill-in = Deze brief invullen
letter-hide = Formulier verbergen
letter-see = Brief bekijken
letter-form-intro = Vul de open plekken in; je brief verandert mee terwijl je typt. Wat je typt, verlaat je apparaat niet.
letter-optional = (optioneel)
letter-example = bijv. { $example }
letter-remember = Mijn gegevens op dit apparaat onthouden
letter-remember-hint = Alleen opgeslagen in deze browser, en alleen als je het vakje aanvinkt. Je naam wordt dan ook in de andere brieven ingevuld.
letter-forget = Mijn gegevens vergeten
letter-forgotten = Je opgeslagen gegevens zijn van dit apparaat verwijderd.
letter-preview-label = Je brief
letter-subject = Onderwerp:
letter-blanks = { $count ->
    [0] Alles is ingevuld
    [one] Nog { $count } open plek
   *[other] Nog { $count } open plekken
}
letter-next-blank = Volgende open plek
letter-copy = Kopiëren
letter-mail = Als e-mail openen
letter-download = Als .txt downloaden
letter-print = Afdrukken
letter-reset = Formulier leegmaken
letter-copied = Gekopieerd naar het klembord.
letter-copied-blanks = Gekopieerd, maar de open plekken tussen [haakjes] zijn nog leeg.
letter-copy-failed = Je browser stond kopiëren niet toe. De brief is geselecteerd: druk op Ctrl+C (of ⌘+C) om hem te kopiëren.
letter-mail-opened = Je e-mailprogramma zou nu open moeten gaan. Gebeurt er niets, kopieer dan de tekst.
letter-mail-blanks = Je e-mailprogramma zou nu open moeten gaan, maar de open plekken tussen [haakjes] zijn nog leeg.
letter-downloaded = Opgeslagen als { $file }.
letter-downloaded-blanks = Opgeslagen als { $file }, maar de open plekken tussen [haakjes] zijn nog leeg.
letter-cleared = Het formulier is weer leeg.
letter-nojs = Vervang de open plekken tussen [haakjes] door je eigen gegevens voordat je de brief verstuurt.
ellipsis = …

translations-link = Hoe ver elke vertaling is, zie je op de pagina met de vertaalstatus.
translations-title = Vertaalstatus
translations-intro = Hoeveel van deze site in elke taal is vertaald, en wat er ontbreekt of verouderd is.
translations-summary = Vertaalde onderdelen per taal
translations-language = Taal
translations-articles = Pagina’s
translations-letters = Brieven
translations-strings = Interfaceteksten
translations-source = (brontaal)
# ‘1 ontbreekt’, maar ‘2 ontbreken’.
translations-counts = { $translated ->
    [one] { $translated }
   *[other] { $translated }
} van { $total ->
    [one] { $total } vertaald
   *[other] { $total } vertaald
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } verouderd
   *[other] , { $outdated } verouderd
}{ $missing ->
    [0] {""}
    [one] , { $missing } ontbreekt
   *[other] , { $missing } ontbreken
}
translations-item = Pagina of brief
translations-state = Status
translations-file = Bestand
translations-arrow = ←
translations-missing-strings = Interfaceteksten die nog vertaald moeten worden:
state-translated = vertaald
state-untracked = vertaald (actualiteit onbekend)
state-outdated = verouderd
state-missing = ontbreekt

search-label = Zoeken
search-placeholder = Zoeken
search-button = Zoeken
search-title = Zoeken
search-kind-article = Artikel
search-kind-letter = Brief
search-kind-section = Rubriek
search-kind-home = Homepage
search-intro = Zoek in alle artikelen en brieven in het Nederlands, of blader door de volledige lijst hieronder.
search-found = Gevonden pagina’s: { $count }
search-none = Niets gevonden voor ‘{ $query }’. Probeer een ander woord, of bekijk de lijst met alle pagina’s op de zoekpagina.
search-loading = Bezig met zoeken…
search-unavailable = Zoeken werkt niet in deze browser, maar je kunt de lijst met alle pagina’s op de zoekpagina bekijken.
search-no-script = Zoeken werkt alleen met JavaScript, en dat staat in deze browser uit. Hieronder staan alle pagina’s.
search-all-results = Alle resultaten voor ‘{ $query }’
search-all-pages = Alle pagina’s
# Titels van kaders (> [!NOTE] … in Markdown), boven hun tekst.
callout-note = Opmerking
callout-tip = Tip
callout-important = Belangrijk
callout-warning = Waarschuwing
callout-caution = Let op
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Verhuisd: { $page }
redirect-text = Deze pagina is verhuisd. Als je browser je niet doorstuurt, volg dan deze link:
