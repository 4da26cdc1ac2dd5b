# Indbyggede tekster i standardtemaets brugerflade: dansk (tiltale: du).

skip-to-content = Spring til indholdet
nav-home = Forside
nav-label = Afsnit
nav-letters = Breve
menu-button = Menu
language-switcher-label = Sprog
language-menu = Sprog: { $language }
breadcrumbs-label = Du er her
breadcrumbs-separator = ›
toc-title = På denne side
pager-label = Mere i dette afsnit
previous-page = Forrige:
next-page = Næste:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } minuts læsning
   *[other] { $minutes } minutters læsning
}
updated-on = opdateret { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
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
    [zh-Hant] på traditionelt kinesisk
   *[other] på { $name }
}
fallback-notice = Siden findes endnu ikke { $missing }, så du læser den { $shown }.
fallback-help = Hjælp med at oversætte den.
outdated-notice = Originalen til denne side er ændret, siden den blev oversat.
outdated-link = Læs originalen { $source }.

not-found-title = Siden blev ikke fundet
not-found-text = Der er desværre ingen side på denne adresse. Vælg et sprog for at starte forfra på forsiden:
chooser-prompt = Vælg sprog
feed-title = Atom-feed
edit-page = Rediger denne side

letters-title = Breve, du kan udfylde
letters-intro = Færdige breve: udfyld felterne, tjek forhåndsvisningen, og kopiér, send, download eller udskriv brevet.
letters-more = Flere breve
letter-open-page = Åbn brevet på en separat side
letter-explained-in = Forklaret i guiden
letter-fill-in = Udfyld brevet
letter-hide = Skjul formularen
letter-see = Se brevet
letter-form-intro = Udfyld felterne – brevet opdateres, mens du skriver. Intet af det, du skriver, forlader din enhed.
letter-optional = (valgfrit)
letter-example = fx { $example }
letter-remember = Husk mine oplysninger på denne enhed
letter-remember-hint = Gemmes kun i denne browser og kun, hvis du sætter flueben. Dit navn bliver så også udfyldt i de andre breve.
letter-forget = Glem mine oplysninger
letter-forgotten = Dine gemte oplysninger er slettet fra denne enhed.
letter-preview-label = Dit brev
letter-subject = Emne:
letter-blanks = { $count ->
    [0] Alle felter er udfyldt
    [one] { $count } tomt felt tilbage
   *[other] { $count } tomme felter tilbage
}
letter-next-blank = Næste tomme felt
letter-copy = Kopiér
letter-mail = Åbn som e-mail
letter-download = Gem som .txt
letter-print = Udskriv
letter-reset = Ryd formularen
letter-copied = Kopieret til udklipsholderen.
letter-copied-blanks = Kopieret – men felterne i [kantede parenteser] er stadig tomme.
letter-copy-failed = Din browser tillod ikke kopiering. Brevet er markeret: Tryk Ctrl+C (eller ⌘+C) for at kopiere det.
letter-mail-opened = Dit mailprogram skulle gerne åbne nu. Sker der ikke noget, så kopiér teksten i stedet.
letter-mail-blanks = Dit mailprogram skulle gerne åbne nu – men felterne i [kantede parenteser] er stadig tomme.
letter-downloaded = Gemt som { $file }.
letter-downloaded-blanks = Gemt som { $file } – men felterne i [kantede parenteser] er stadig tomme.
letter-cleared = Formularen er tom igen.
letter-nojs = Erstat felterne i [kantede parenteser] med dine egne oplysninger, før du sender brevet.
ellipsis = …

translations-link = Se, hvor langt hver oversættelse er nået, på siden med oversættelsesstatus.
translations-title = Oversættelsesstatus
translations-intro = Hvor meget af sitet der er oversat til hvert sprog, og hvad der mangler eller er forældet.
translations-summary = Oversatte elementer pr. sprog
translations-language = Sprog
translations-articles = Sider
translations-letters = Breve
translations-strings = Tekster i brugerfladen
translations-source = (kildesprog)
# »1 forældet«, men »2 forældede«; »oversat« og »mangler« bøjes ikke efter tal.
translations-counts = { $translated ->
    [one] { $translated }
   *[other] { $translated }
} af { $total ->
    [one] { $total } oversat
   *[other] { $total } oversat
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
translations-arrow = ←
translations-missing-strings = Tekster i brugerfladen, der mangler oversættelse:
state-translated = oversat
state-untracked = oversat (ukendt, om den er ajour)
state-outdated = forældet
state-missing = mangler

search-label = Søg
search-placeholder = Søg
search-button = Søg
search-title = Søgning
search-kind-article = Artikel
search-kind-letter = Brev
search-kind-section = Afsnit
search-kind-home = Forside
search-intro = Søg i alle artikler og breve på dansk, eller se hele listen nedenfor.
search-found = Antal resultater: { $count }
search-none = Ingen resultater for »{ $query }«. Prøv et andet ord, eller se listen over alle sider på søgesiden.
search-loading = Søger …
search-unavailable = Søgningen virker ikke i denne browser. Se i stedet listen over alle sider på søgesiden.
search-no-script = Søgningen kræver JavaScript, som er slået fra i denne browser. Alle sider står på listen nedenfor.
search-all-results = Alle resultater for »{ $query }«
search-all-pages = Alle sider
# Titler på fremhævede bokse (> [!NOTE] … i Markdown), over deres tekst.
callout-note = Bemærk
callout-tip = Tip
callout-important = Vigtigt
callout-warning = Advarsel
callout-caution = Forsigtig
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Flyttet: { $page }
redirect-text = Denne side er flyttet. Hvis din browser ikke sender dig videre, så følg dette link:
