# Tekster i brugerfladen (dansk).
site-title = Efter tilbuddet
site-tagline = En praktisk guide til at sige nej, trække sig og fortryde – med breve, du kan udfylde.
skip-to-content = Spring til indholdet
nav-home = Forside
nav-label = Guidens afsnit
language-switcher-label = Sprog
breadcrumbs-label = Du er her
toc-title = På denne side
pager-label = Mere i dette afsnit
previous-page = Forrige:
next-page = Næste:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } minuts læsning
   *[other] { $minutes } minutters læsning
}
updated-on = opdateret { $date }
fallback-notice = Siden findes endnu ikke på { $missing_code ->
        [zh] kinesisk
        [en] engelsk
        [de] tysk
        [da] dansk
       *[other] { $missing }
    }, så du læser den på { $shown_code ->
        [zh] kinesisk
        [en] engelsk
        [de] tysk
        [da] dansk
       *[other] { $shown }
    }.
fallback-help = Hjælp med at oversætte den.
not-found-title = Siden blev ikke fundet
not-found-text = Der er desværre ingen side på denne adresse. Vælg et sprog for at starte forfra på guidens forside:
chooser-prompt = Vælg sprog
feed-title = Atom-feed
edit-page = Rediger denne side
date-long = { $day }. { $month ->
    [1] januar
    [2] februar
    [3] marts
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] august
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
letters-title = Breve, du kan udfylde
letters-intro = Færdige breve til hvert skridt: udfyld felterne, tjek forhåndsvisningen, og kopiér, send, download eller udskriv brevet.
letter-open-page = Åbn brevet på sin egen side
letter-form-intro = Udfyld felterne – brevet opdateres, mens du skriver. Intet af det, du skriver, forlader din enhed.
letter-optional = (valgfrit)
letter-remember = Husk mine oplysninger på denne enhed
letter-remember-hint = Gemmes kun i denne browser og kun, hvis du sætter flueben. Dit navn bliver så også udfyldt i de andre breve.
letter-forget = Glem mine oplysninger
letter-forgotten = Dine gemte oplysninger er slettet fra denne enhed.
letter-preview-label = Dit brev
letter-subject = Emne:
letter-copy = Kopiér
letter-mail = Åbn som e-mail
letter-download = Gem som .txt
letter-print = Udskriv
letter-reset = Ryd formularen
letter-copied = Kopieret til udklipsholderen.
letter-copy-failed = Din browser tillod ikke kopiering. Brevet er markeret: Tryk Ctrl+C (eller ⌘+C) for at kopiere det.
letter-nojs = Erstat felterne i [kantede parenteser] med dine egne oplysninger, før du sender brevet.
outdated-notice = Originalen til denne side ({ $source_code ->
        [zh] kinesisk
        [en] engelsk
        [de] tysk
        [da] dansk
       *[other] { $source }
    }) er ændret, siden den blev oversat.
outdated-link = Læs originalen ({ $source_code ->
        [zh] kinesisk
        [en] engelsk
        [de] tysk
        [da] dansk
       *[other] { $source }
    }).
translations-link = Se, hvor langt hver oversættelse er nået, på siden med oversættelsesstatus.
translations-title = Oversættelsesstatus
translations-intro = Hvor meget af guiden der er oversat til hvert sprog, og hvad der mangler eller er forældet. Hjælp er velkommen – se siden om guiden.
translations-summary = Oversatte elementer pr. sprog
translations-language = Sprog
translations-articles = Sider
translations-letters = Breve
translations-strings = Tekster i brugerfladen
translations-source = (kildesprog)
# Et tal foran et ord får altid en flertalsvælger (one/other), også hvor de to danske former er ens:
# »1 forældet«, men »2 forældede«; »oversat« og »mangler« bøjes ikke efter tal.
translations-counts = { $translated ->
    [one] { $translated } af { $total } oversat
   *[other] { $translated } af { $total } oversat
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } forældet
   *[other] , { $outdated } forældede
}{ $missing ->
    [0] {""}
    [one] , { $missing } mangler
   *[other] , { $missing } mangler
}
translations-item = Side eller brev
translations-state = Status
translations-file = Fil
translations-missing-strings = Tekster i brugerfladen, der mangler oversættelse:
state-translated = oversat
state-untracked = oversat (endnu ikke sporet)
state-outdated = forældet
state-missing = mangler
# Søgning: feltet i sidehovedet, resultaterne og søgesiden (den viser også en liste over alle sider og virker derfor uden JavaScript).
search-label = Søg i guiden
search-placeholder = Søg i guiden
search-kind-article = Artikel
search-kind-letter = Brevskabelon
search-kind-section = Sektion
search-kind-home = Forside
search-button = Søg
search-title = Søgning
search-intro = Søg i alle artikler og breve på dansk, eller se hele listen nedenfor.
search-found = Antal resultater: { $count }
search-none = Ingen resultater for »{ $query }«. Prøv et andet ord, eller se listen over alle sider på søgesiden.
search-loading = Søger …
search-unavailable = Søgningen virker ikke i denne browser. Se i stedet listen over alle sider på søgesiden.
search-all-results = Alle resultater for »{ $query }«
search-all-pages = Alle sider

# Titler, skilletegn og navigation i standardtemaet. `separator` står mellem delene af en linje
# som »22. november 2026 · 5 minutters læsning«, `breadcrumbs-separator` mellem trinene i
# brødkrummestien (den læses ikke op).
page-title = { $page } · { $site }
home-title = { $site } · { $page }
separator = {" · "}
breadcrumbs-separator = ›
nav-letters = Breve
menu-button = Menu
language-menu = Sprog: { $language }
letters-more = Flere breve
# Brevværkstedet: kortet i artikler, eksemplet i hvert felt, antallet af tomme felter og
# beskeden ved siden af hver knap.
letter-explained-in = Forklaret i guiden
letter-example = fx { $example }
letter-fill-in = Udfyld brevet
letter-hide = Skjul formularen
letter-see = Se brevet
letter-blanks = { $count ->
    [0] Alle felter er udfyldt
    [one] { $count } tomt felt tilbage
   *[other] { $count } tomme felter tilbage
}
letter-next-blank = Næste tomme felt
letter-copied-blanks = Kopieret – men felterne i [kantede parenteser] er stadig tomme.
letter-mail-opened = Dit mailprogram burde åbne nu. Sker der ikke noget, så kopiér teksten i stedet.
letter-mail-blanks = Dit mailprogram burde åbne nu – men felterne i [kantede parenteser] er stadig tomme.
letter-downloaded = Gemt som { $file }.
letter-downloaded-blanks = Gemt som { $file } – men felterne i [kantede parenteser] er stadig tomme.
letter-cleared = Formularen er tom igen.
translations-arrow = ←
# Står for udeladt tekst i begyndelsen af en linje (i brevets bjælke på mobilen).
ellipsis = …
# Siden på en gammel adresse (et alias), der fører læseren videre til den nye adresse.
redirect-title = Flyttet: { $page }
redirect-text = Denne side er flyttet. Hvis din browser ikke sender dig videre, så følg dette link:
