# Wbudowane teksty interfejsu domyślnego motywu: polski (formy bezosobowe i tryb rozkazujący).
# Liczebniki: one (1), few (2–4, 22–24 …), many (0, 5–21, 25–31 …), other (ułamki).

skip-to-content = Przejdź do treści
nav-home = Strona główna
nav-label = Działy
nav-letters = Listy
menu-button = Menu
language-switcher-label = Język
language-menu = Język: { $language }
breadcrumbs-label = Jesteś tutaj
breadcrumbs-separator = ›
toc-title = Na tej stronie
pager-label = Więcej w tym dziale
previous-page = Poprzedni:
next-page = Następny:
reading-time = { NUMBER($minutes) ->
    [one] { $minutes } min czytania
    [few] { $minutes } min czytania
    [many] { $minutes } min czytania
   *[other] { $minutes } min czytania
}
updated-on = zaktualizowano { $date }
separator = {" · "}
page-title = { $page } · { $site }
home-title = { $site } · { $page }
date-long = { $day } { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
} { $year }

language-in = { $code ->
    [ar] po arabsku
    [da] po duńsku
    [de] po niemiecku
    [en] po angielsku
    [es] po hiszpańsku
    [fr] po francusku
    [it] po włosku
    [ja] po japońsku
    [ko] po koreańsku
    [nb] po norwesku
    [nl] po niderlandzku
    [pl] po polsku
    [pt] po portugalsku
    [sv] po szwedzku
    [zh] po chińsku
    [zh-Hant] po chińsku (pismo tradycyjne)
   *[other] w języku { $name }
}
fallback-notice = Ta strona nie jest jeszcze dostępna { $missing }, dlatego wyświetla się { $shown }.
fallback-help = Pomóż ją przetłumaczyć.
outdated-notice = Oryginał tej strony zmienił się od czasu tłumaczenia.
outdated-link = Przeczytaj oryginał { $source }.

not-found-title = Nie znaleziono strony
not-found-text = Niestety pod tym adresem nie ma żadnej strony. Wybierz język, aby przejść na stronę główną:
chooser-prompt = Wybierz język
feed-title = Kanał Atom
edit-page = Edytuj tę stronę

letters-title = Listy do wypełnienia
letters-intro = Gotowe wzory listów: wypełnij puste pola, sprawdź podgląd, a potem skopiuj, wyślij e-mailem, pobierz lub wydrukuj swój list.
letters-more = Więcej listów
letter-open-page = Otwórz ten list na osobnej stronie
letter-explained-in = Omówienie w poradniku
letter-fill-in = Wypełnij ten list
letter-hide = Ukryj formularz
letter-see = Zobacz list
letter-form-intro = Wypełnij puste pola – list zmienia się na bieżąco. Nic z tego, co wpiszesz, nie opuszcza Twojego urządzenia.
letter-optional = (opcjonalnie)
letter-example = np. { $example }
letter-remember = Zapamiętaj moje dane na tym urządzeniu
letter-remember-hint = Dane są zapisywane tylko w tej przeglądarce i tylko po zaznaczeniu tej opcji. Niektóre z nich, np. imię i nazwisko, zostaną wtedy wpisane także w innych listach.
letter-forget = Usuń moje dane
letter-forgotten = Zapisane dane zostały usunięte z tego urządzenia.
letter-preview-label = Twój list
letter-subject = Temat:
letter-blanks = { $count ->
    [0] Wszystkie pola są wypełnione
    [one] Zostało { $count } pole do wypełnienia
    [few] Zostały { $count } pola do wypełnienia
    [many] Zostało { $count } pól do wypełnienia
   *[other] Zostało { $count } pola do wypełnienia
}
letter-next-blank = Następne puste pole
letter-copy = Kopiuj
letter-mail = Otwórz jako e-mail
letter-download = Pobierz .txt
letter-print = Drukuj
letter-reset = Wyczyść formularz
letter-copied = Skopiowano do schowka.
letter-copied-blanks = Skopiowano, ale pola w [nawiasach kwadratowych] są nadal puste.
letter-copy-failed = Przeglądarka nie pozwoliła na kopiowanie. List jest zaznaczony: naciśnij Ctrl+C (lub ⌘+C), aby go skopiować.
letter-mail-opened = Program pocztowy powinien się teraz otworzyć. Jeśli nic się nie dzieje, skopiuj tekst.
letter-mail-blanks = Program pocztowy powinien się teraz otworzyć, ale pola w [nawiasach kwadratowych] są nadal puste.
letter-downloaded = Zapisano jako { $file }.
letter-downloaded-blanks = Zapisano jako { $file }, ale pola w [nawiasach kwadratowych] są nadal puste.
letter-cleared = Formularz został wyczyszczony.
letter-nojs = Przed wysłaniem listu zastąp pola w [nawiasach kwadratowych] własnymi danymi.
ellipsis = …

translations-link = Postęp poszczególnych tłumaczeń można sprawdzić na stronie stanu tłumaczeń.
translations-title = Stan tłumaczeń
translations-intro = Ile treści tej witryny przetłumaczono na poszczególne języki, czego jeszcze brakuje i co jest nieaktualne.
translations-summary = Przetłumaczone elementy według języka
translations-language = Język
translations-articles = Strony
translations-letters = Listy
translations-strings = Teksty interfejsu
translations-source = (język źródłowy)
translations-counts = { $total ->
    [one] przetłumaczono { $translated } z { $total }
    [few] przetłumaczono { $translated } z { $total }
    [many] przetłumaczono { $translated } z { $total }
   *[other] przetłumaczono { $translated } z { $total }
}{ $outdated ->
    [0] {""}
    [one] , nieaktualne: { $outdated }
    [few] , nieaktualne: { $outdated }
    [many] , nieaktualne: { $outdated }
   *[other] , nieaktualne: { $outdated }
}{ $missing ->
    [0] {""}
    [one] , brakujące: { $missing }
    [few] , brakujące: { $missing }
    [many] , brakujące: { $missing }
   *[other] , brakujące: { $missing }
}
translations-item = Strona lub list
translations-state = Stan
translations-file = Plik
translations-arrow = ←
translations-missing-strings = Teksty interfejsu, które trzeba jeszcze przetłumaczyć:
state-translated = przetłumaczone
state-untracked = przetłumaczone (bez śledzenia zmian)
state-outdated = nieaktualne
state-missing = brak tłumaczenia

search-label = Szukaj
search-placeholder = Szukaj
search-button = Szukaj
search-title = Wyszukiwanie
search-kind-article = Artykuł
search-kind-letter = List
search-kind-section = Dział
search-kind-home = Strona główna
search-intro = Przeszukaj wszystkie artykuły i listy po polsku lub przejrzyj pełny spis stron poniżej.
search-found = Znalezione strony: { $count }
search-none = Brak wyników dla „{ $query }”. Spróbuj innego słowa albo przejrzyj spis wszystkich stron na stronie wyszukiwania.
search-loading = Wyszukiwanie…
search-unavailable = Wyszukiwarka nie działa w tej przeglądarce, ale na stronie wyszukiwania znajdziesz spis wszystkich stron.
search-no-script = Wyszukiwarka wymaga JavaScriptu, który jest wyłączony w tej przeglądarce. Poniżej znajdziesz spis wszystkich stron.
search-all-results = Wszystkie wyniki dla „{ $query }”
search-all-pages = Wszystkie strony
# Tytuły ramek (> [!NOTE] … w Markdown), nad ich tekstem.
callout-note = Uwaga
callout-tip = Wskazówka
callout-important = Ważne
callout-warning = Ostrzeżenie
callout-caution = Przestroga
# The page at an old address of a page (an alias), leading on to it.
redirect-title = Przeniesiono: { $page }
redirect-text = Ta strona została przeniesiona. Jeśli przeglądarka nie przekieruje Cię automatycznie, kliknij ten link:
