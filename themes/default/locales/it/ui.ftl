# Testi integrati dell’interfaccia del tema predefinito: italiano (si dà del tu).

skip-to-content = Vai al contenuto
nav-home = Home
nav-label = Sezioni
nav-letters = Lettere
menu-button = Menu
language-switcher-label = Lingua
language-menu = Lingua: { $language }
breadcrumbs-label = Ti trovi qui
breadcrumbs-separator = ›
toc-title = In questa pagina
pager-label = Nella stessa sezione
previous-page = Precedente:
next-page = Successivo:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } minuto di lettura
   *[other] { $minutes } minuti di lettura
}
updated-on = ultimo aggiornamento: { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day ->
    [1] 1º
   *[other] { $day }
} { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
} { $year }

language-in = { $code ->
    [ar] in arabo
    [da] in danese
    [de] in tedesco
    [en] in inglese
    [es] in spagnolo
    [fr] in francese
    [it] in italiano
    [ja] in giapponese
    [ko] in coreano
    [nb] in norvegese
    [nl] in olandese
    [pl] in polacco
    [pt] in portoghese
    [sv] in svedese
    [zh] in cinese
    [zh-Hant] in cinese tradizionale
   *[other] in { $name }
}
fallback-notice = Questa pagina non è ancora disponibile { $missing }, quindi la stai leggendo { $shown }.
fallback-help = Aiutaci a tradurla.
outdated-notice = Il testo originale di questa pagina è stato modificato dopo la traduzione.
outdated-link = Leggi l’originale { $source }.

not-found-title = Pagina non trovata
not-found-text = Spiacenti, a questo indirizzo non c’è nessuna pagina. Scegli una lingua per ripartire dalla home page:
chooser-prompt = Scegli la lingua
feed-title = Feed Atom
edit-page = Modifica questa pagina

letters-title = Lettere da compilare
letters-intro = Lettere pronte all’uso: compila i campi, controlla l’anteprima, poi copia, invia per e-mail, scarica o stampa la lettera.
letters-more = Altre lettere
letter-open-page = Apri questa lettera in una pagina a sé
letter-explained-in = Spiegata nella guida
letter-fill-in = Compila questa lettera
letter-hide = Nascondi il modulo
letter-see = Vedi la lettera
letter-form-intro = Compila i campi: la lettera si aggiorna mentre scrivi. Nulla di ciò che scrivi esce dal tuo dispositivo.
letter-optional = (facoltativo)
letter-example = ad es. { $example }
letter-remember = Ricorda i miei dati su questo dispositivo
letter-remember-hint = I dati vengono salvati solo in questo browser e soltanto se spunti la casella. In questo caso il tuo nome verrà inserito anche nelle altre lettere.
letter-forget = Cancella i miei dati
letter-forgotten = I dati salvati sono stati cancellati da questo dispositivo.
letter-preview-label = La tua lettera
letter-subject = Oggetto:
letter-blanks = { $count ->
    [0] Tutti i campi sono compilati
    [one] Manca ancora { $count } campo
   *[other] Mancano ancora { $count } campi
}
letter-next-blank = Campo successivo
letter-copy = Copia
letter-mail = Apri come e-mail
letter-download = Scarica .txt
letter-print = Stampa
letter-reset = Svuota il modulo
letter-copied = Copiato negli appunti.
letter-copied-blanks = Copiato, ma i campi tra [parentesi quadre] sono ancora vuoti.
letter-copy-failed = Il browser non ha consentito la copia. La lettera è selezionata: premi Ctrl+C (o ⌘+C) per copiarla.
letter-mail-opened = Ora dovrebbe aprirsi il programma di posta. Se non succede nulla, copia il testo.
letter-mail-blanks = Ora dovrebbe aprirsi il programma di posta, ma i campi tra [parentesi quadre] sono ancora vuoti.
letter-downloaded = Salvato come { $file }.
letter-downloaded-blanks = Salvato come { $file }, ma i campi tra [parentesi quadre] sono ancora vuoti.
letter-cleared = Il modulo è stato svuotato.
letter-nojs = Prima di inviare la lettera, sostituisci i campi tra [parentesi quadre] con i tuoi dati.
ellipsis = …

translations-link = Scopri a che punto è ogni traduzione nella pagina sullo stato delle traduzioni.
translations-title = Stato delle traduzioni
translations-intro = Quanta parte di questo sito è tradotta in ogni lingua e che cosa manca o non è aggiornato.
translations-summary = Elementi tradotti per lingua
translations-language = Lingua
translations-articles = Pagine
translations-letters = Lettere
translations-strings = Testi dell’interfaccia
translations-source = (lingua di partenza)
translations-counts = { $total ->
    [one] { $translated } su { $total } tradotto
   *[other] { $translated } su { $total } tradotti
}{ $outdated ->
    [0] {""}
    [one] , { $outdated } non aggiornato
   *[other] , { $outdated } non aggiornati
}{ $missing ->
    [0] {""}
    [one] , { $missing } mancante
   *[other] , { $missing } mancanti
}
translations-item = Pagina o lettera
translations-state = Stato
translations-file = File
translations-arrow = ←
translations-missing-strings = Testi dell’interfaccia ancora da tradurre:
state-translated = tradotto
state-untracked = tradotto (non ancora monitorato)
state-outdated = non aggiornato
state-missing = mancante

search-label = Cerca
search-placeholder = Cerca
search-button = Cerca
search-title = Ricerca
search-kind-article = Articolo
search-kind-letter = Lettera
search-kind-section = Sezione
search-kind-home = Home page
search-intro = Cerca tra tutti gli articoli e le lettere in italiano, oppure sfoglia l’elenco completo qui sotto.
search-found = Pagine trovate: { $count }
search-none = Nessun risultato per «{ $query }». Prova con un’altra parola, oppure sfoglia l’elenco di tutte le pagine nella pagina di ricerca.
search-loading = Ricerca in corso…
search-unavailable = La ricerca non funziona in questo browser, ma puoi sfogliare l’elenco di tutte le pagine nella pagina di ricerca.
search-no-script = La ricerca richiede JavaScript, che in questo browser è disattivato. Qui sotto trovi l’elenco di tutte le pagine.
search-all-results = Tutti i risultati per «{ $query }»
search-all-pages = Tutte le pagine
# Titoli dei riquadri (> [!NOTE] … in Markdown), sopra il loro testo.
callout-note = Nota
callout-tip = Suggerimento
callout-important = Importante
callout-warning = Avviso
callout-caution = Attenzione
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Pagina spostata: { $page }
redirect-text = Questa pagina è stata spostata. Se il browser non ti porta alla nuova pagina, segui questo link:
