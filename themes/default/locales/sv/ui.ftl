# Inbyggda gränssnittstexter i standardtemat: svenska (tilltal: du).

skip-to-content = Hoppa till innehållet
nav-home = Start
nav-label = Avsnitt
nav-letters = Brev
menu-button = Meny
language-switcher-label = Språk
language-menu = Språk: { $language }
breadcrumbs-label = Du är här
breadcrumbs-separator = ›
toc-title = På den här sidan
pager-label = Mer i det här avsnittet
previous-page = Föregående:
next-page = Nästa:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } minuts läsning
   *[other] { $minutes } minuters läsning
}
updated-on = uppdaterad { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }

language-in = { $code ->
    [ar] på arabiska
    [da] på danska
    [de] på tyska
    [en] på engelska
    [es] på spanska
    [fr] på franska
    [it] på italienska
    [ja] på japanska
    [ko] på koreanska
    [nb] på norska
    [nl] på nederländska
    [pl] på polska
    [pt] på portugisiska
    [sv] på svenska
    [zh] på kinesiska
    [zh-Hant] på traditionell kinesiska
   *[other] på { $name }
}
fallback-notice = Sidan finns inte { $missing } än, så du läser den { $shown }.
fallback-help = Hjälp till att översätta den.
outdated-notice = Originalet till den här sidan har ändrats sedan den översattes.
outdated-link = Läs originalet { $source }.

not-found-title = Sidan hittades inte
not-found-text = Det finns tyvärr ingen sida på den här adressen. Välj ett språk för att börja om från startsidan:
chooser-prompt = Välj språk
feed-title = Atom-flöde
edit-page = Redigera den här sidan

letters-title = Brev att fylla i
letters-intro = Färdiga brev: fyll i luckorna, kontrollera förhandsvisningen och kopiera, mejla, ladda ner eller skriv ut brevet.
letters-more = Fler brev
letter-open-page = Öppna brevet på en egen sida
letter-explained-in = Förklaras i guiden
letter-fill-in = Fyll i brevet
letter-hide = Dölj formuläret
letter-see = Visa brevet
letter-form-intro = Fyll i luckorna – brevet uppdateras medan du skriver. Inget av det du skriver lämnar din enhet.
letter-optional = (valfritt)
letter-example = t.ex. { $example }
letter-remember = Kom ihåg mina uppgifter på den här enheten
letter-remember-hint = Sparas bara i den här webbläsaren, och bara om du kryssar i rutan. Ditt namn fylls då också i de andra breven.
letter-forget = Glöm mina uppgifter
letter-forgotten = Dina sparade uppgifter har raderats från den här enheten.
letter-preview-label = Ditt brev
letter-subject = Ämne:
letter-blanks = { $count ->
    [0] Alla luckor är ifyllda
    [one] { $count } lucka kvar
   *[other] { $count } luckor kvar
}
letter-next-blank = Nästa lucka
letter-copy = Kopiera
letter-mail = Öppna som e-post
letter-download = Ladda ner .txt
letter-print = Skriv ut
letter-reset = Töm formuläret
letter-copied = Kopierat till urklipp.
letter-copied-blanks = Kopierat, men luckorna inom [hakparentes] är fortfarande tomma.
letter-copy-failed = Din webbläsare tillät inte kopiering. Brevet är markerat: tryck Ctrl+C (eller ⌘+C) för att kopiera det.
letter-mail-opened = Ditt e-postprogram borde öppnas nu. Om inget händer kan du kopiera texten i stället.
letter-mail-blanks = Ditt e-postprogram borde öppnas nu, men luckorna inom [hakparentes] är fortfarande tomma.
letter-downloaded = Sparat som { $file }.
letter-downloaded-blanks = Sparat som { $file }, men luckorna inom [hakparentes] är fortfarande tomma.
letter-cleared = Formuläret är tomt igen.
letter-nojs = Ersätt luckorna inom [hakparentes] med dina egna uppgifter innan du skickar brevet.
ellipsis = …

translations-link = Hur långt varje översättning har kommit ser du på sidan med översättningsstatus.
translations-title = Översättningsstatus
translations-intro = Hur mycket av webbplatsen som är översatt till varje språk, och vad som saknas eller är inaktuellt.
translations-summary = Översatt innehåll per språk
translations-language = Språk
translations-articles = Sidor
translations-letters = Brev
translations-strings = Gränssnittstexter
translations-source = (källspråk)
# ”översatt” och ”inaktuell” böjs efter antalet: ”1 av 5 översatt”, ”3 av 5 översatta”.
translations-counts = { $total ->
    [one] { $translated } av { $total }
   *[other] { $translated } av { $total }
} { $translated ->
    [one] översatt
   *[other] översatta
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } inaktuell
   *[other] , { $outdated } inaktuella
}{ $missing ->
    [0] {""}
    [one] , { $missing } saknas
   *[other] , { $missing } saknas
}
translations-item = Sida eller brev
translations-state = Status
translations-file = Fil
translations-arrow = ←
translations-missing-strings = Gränssnittstexter som ännu inte är översatta:
state-translated = översatt
state-untracked = översatt (okänt om den är aktuell)
state-outdated = inaktuell
state-missing = saknas

search-label = Sök
search-placeholder = Sök
search-button = Sök
search-title = Sök
search-kind-article = Artikel
search-kind-letter = Brev
search-kind-section = Avsnitt
search-kind-home = Startsida
search-intro = Sök i alla artiklar och brev på svenska, eller bläddra i hela listan nedan.
search-found = Antal träffar: { $count }
search-none = Inga träffar för ”{ $query }”. Prova ett annat ord, eller bläddra i listan över alla sidor på söksidan.
search-loading = Söker …
search-unavailable = Sökningen fungerar inte i den här webbläsaren, men du kan bläddra i listan över alla sidor på söksidan.
search-no-script = Sökningen kräver JavaScript, som är avstängt i den här webbläsaren. Alla sidor finns i listan nedan.
search-all-results = Alla träffar för ”{ $query }”
search-all-pages = Alla sidor
# Rubriker för faktarutor (> [!NOTE] … i Markdown), ovanför texten.
callout-note = Obs
callout-tip = Tips
callout-important = Viktigt
callout-warning = Varning
callout-caution = Försiktighet
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Flyttad: { $page }
redirect-text = Sidan har flyttats. Om webbläsaren inte skickar dig vidare kan du följa den här länken:
