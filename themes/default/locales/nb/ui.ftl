# Innebygde grensesnittekster i standardtemaet: norsk bokmål (tiltale: du).

skip-to-content = Gå til innholdet
nav-home = Forside
nav-label = Seksjoner
nav-letters = Brev
menu-button = Meny
language-switcher-label = Språk
language-menu = Språk: { $language }
breadcrumbs-label = Du er her
breadcrumbs-separator = ›
toc-title = På denne siden
pager-label = Mer i denne seksjonen
previous-page = Forrige:
next-page = Neste:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } minutts lesing
   *[other] { $minutes } minutters lesing
}
updated-on = oppdatert { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day }. { $month ->
    [1] januar
    [2] februar
    [3] mars
    [4] april
    [5] mai
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] desember
} { $year }

language-in = { $code ->
    [ar] på arabisk
    [da] på dansk
    [de] på tysk
    [en] på engelsk
    [es] på spansk
    [fr] på fransk
    [it] på italiensk
    [ja] på japansk
    [ko] på koreansk
    [nb] på norsk
    [nl] på nederlandsk
    [pl] på polsk
    [pt] på portugisisk
    [sv] på svensk
    [zh] på kinesisk
    [zh-Hant] på tradisjonell kinesisk
   *[other] på { $name }
}
fallback-notice = Denne siden finnes ikke { $missing } ennå, så du leser den { $shown }.
fallback-help = Hjelp til med å oversette den.
outdated-notice = Originalen til denne siden er endret siden den ble oversatt.
outdated-link = Les originalen { $source }.

not-found-title = Fant ikke siden
not-found-text = Det finnes dessverre ingen side på denne adressen. Velg et språk for å begynne på nytt fra forsiden:
chooser-prompt = Velg språk
feed-title = Atom-feed
edit-page = Rediger denne siden

letters-title = Brev du kan fylle ut
letters-intro = Ferdige brev: fyll ut feltene, sjekk forhåndsvisningen, og kopier, send på e-post, last ned eller skriv ut brevet.
letters-more = Flere brev
letter-open-page = Åpne brevet på en egen side
letter-explained-in = Forklart i veiledningen
letter-fill-in = Fyll ut brevet
letter-hide = Skjul skjemaet
letter-see = Se brevet
letter-form-intro = Fyll ut feltene – brevet oppdateres mens du skriver. Ingenting av det du skriver, forlater enheten din.
letter-optional = (valgfritt)
letter-example = f.eks. { $example }
letter-remember = Husk opplysningene mine på denne enheten
letter-remember-hint = Lagres bare i denne nettleseren, og bare hvis du krysser av i boksen. Navnet ditt fylles da også inn i de andre brevene.
letter-forget = Glem opplysningene mine
letter-forgotten = De lagrede opplysningene dine er slettet fra denne enheten.
letter-preview-label = Brevet ditt
letter-subject = Emne:
letter-blanks = { $count ->
    [0] Alle feltene er fylt ut
    [one] { $count } tomt felt igjen
   *[other] { $count } tomme felt igjen
}
letter-next-blank = Neste tomme felt
letter-copy = Kopier
letter-mail = Åpne som e-post
letter-download = Last ned .txt
letter-print = Skriv ut
letter-reset = Tøm skjemaet
letter-copied = Kopiert til utklippstavlen.
letter-copied-blanks = Kopiert, men feltene i [hakeparentes] er fortsatt tomme.
letter-copy-failed = Nettleseren din tillot ikke kopiering. Brevet er merket: trykk Ctrl+C (eller ⌘+C) for å kopiere det.
letter-mail-opened = E-postprogrammet ditt skal åpne seg nå. Hvis ingenting skjer, kan du kopiere teksten i stedet.
letter-mail-blanks = E-postprogrammet ditt skal åpne seg nå, men feltene i [hakeparentes] er fortsatt tomme.
letter-downloaded = Lagret som { $file }.
letter-downloaded-blanks = Lagret som { $file }, men feltene i [hakeparentes] er fortsatt tomme.
letter-cleared = Skjemaet er tomt igjen.
letter-nojs = Erstatt feltene i [hakeparentes] med dine egne opplysninger før du sender brevet.
ellipsis = …

translations-link = Hvor langt hver oversettelse har kommet, ser du på siden med oversettelsesstatus.
translations-title = Oversettelsesstatus
translations-intro = Hvor mye av nettstedet som er oversatt til hvert språk, og hva som mangler eller er utdatert.
translations-summary = Oversatte elementer per språk
translations-language = Språk
translations-articles = Sider
translations-letters = Brev
translations-strings = Grensesnittekster
translations-source = (kildespråk)
# «1 utdatert», men «2 utdaterte»; «oversatt» og «mangler» bøyes ikke etter tall.
translations-counts = { $translated ->
    [one] { $translated }
   *[other] { $translated }
} av { $total ->
    [one] { $total } oversatt
   *[other] { $total } oversatt
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } utdatert
   *[other] , { $outdated } utdaterte
}{ $missing ->
    [0] {""}
    [one] , { $missing } mangler
   *[other] , { $missing } mangler
}
translations-item = Side eller brev
translations-state = Status
translations-file = Fil
translations-arrow = ←
translations-missing-strings = Grensesnittekster som ennå ikke er oversatt:
state-translated = oversatt
state-untracked = oversatt (ukjent om den er oppdatert)
state-outdated = utdatert
state-missing = mangler

search-label = Søk
search-placeholder = Søk
search-button = Søk
search-title = Søk
search-kind-article = Artikkel
search-kind-letter = Brev
search-kind-section = Seksjon
search-kind-home = Forside
search-intro = Søk i alle artikler og brev på norsk, eller bla gjennom hele listen nedenfor.
search-found = Antall treff: { $count }
search-none = Ingen treff for «{ $query }». Prøv et annet ord, eller bla gjennom listen over alle sider på søkesiden.
search-loading = Søker …
search-unavailable = Søket virker ikke i denne nettleseren, men du kan bla gjennom listen over alle sider på søkesiden.
search-no-script = Søket krever JavaScript, som er slått av i denne nettleseren. Alle sidene står i listen nedenfor.
search-all-results = Alle treff for «{ $query }»
search-all-pages = Alle sider
# Titler på faktabokser (> [!NOTE] … i Markdown), over teksten.
callout-note = Merk
callout-tip = Tips
callout-important = Viktig
callout-warning = Advarsel
callout-caution = Forsiktig
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Flyttet: { $page }
redirect-text = Denne siden er flyttet. Hvis nettleseren ikke sender deg videre, kan du følge denne lenken:
